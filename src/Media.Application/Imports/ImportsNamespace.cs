using System.Diagnostics.CodeAnalysis;

// The feature folders of the use cases are named as the API names them; a Visual Basic consumer is not expected.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace",
    Target = "~N:Media.Application.Imports", Justification = "Feature folder named as the API's /api/imports")]
