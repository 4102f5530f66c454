using System.Diagnostics.CodeAnalysis;

// The page folder is named as its address, /imports; a Visual Basic consumer is not expected.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace",
    Target = "~N:Media.Silo.Web.Pages.Imports", Justification = "Page folder named as its address /imports")]
