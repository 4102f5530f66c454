using Fluid;
using Media.Domain.Sampling.Reports;

namespace Media.Application.Samplings.Reports;

/// <summary>
/// The wording of the 通报: <c>tongbao.liquid</c> in the reports folder of <c>silo-config</c>, read at every
/// rendering so an office's edit applies to the next download without a rebuild or restart.
/// </summary>
public sealed class TongbaoTemplate(string folder)
{
    public const string FileName = "tongbao.liquid";
    private static readonly FluidParser Parser = new();

    public string Path => System.IO.Path.Combine(folder, FileName);

    /// <summary>Null when the template parses, else why not (checked at start-up, so a broken edit shows at once).</summary>
    public string? Problem()
    {
        if (!File.Exists(Path))
        {
            return $"找不到通报模板 {Path}";
        }

        return Parser.TryParse(File.ReadAllText(Path), out _, out var error) ? null : $"通报模板 {Path} 有误：{error}";
    }

    public TongbaoDocument Render(Tongbao model)
    {
        if (!Parser.TryParse(File.ReadAllText(Path), out var template, out var error))
        {
            throw new InvalidOperationException($"通报模板 {Path} 有误：{error}");
        }

        var context = new TemplateContext();
        foreach (var (name, value) in TongbaoValues.Of(model))
        {
            context.SetValue(name, value);
        }

        return Parse(model, template.Render(context, NullEncoder.Default));
    }

    // Each line is a paragraph; its leading mark says how it is set, and two marks are settings, not paragraphs.
    private static TongbaoDocument Parse(Tongbao model, string text)
    {
        var blocks = new List<DocBlock>();
        string veto = "立即整改", deduction = "限期整改";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var (mark, rest) = line[0] == '#' && line.IndexOf(' ', StringComparison.Ordinal) is var space and > 0
                ? (line[..space], line[(space + 1)..].Trim())
                : (string.Empty, line);
            switch (mark)
            {
                case "#整改要求-否决": veto = rest; continue;
                case "#整改要求-扣分": deduction = rest; continue;
            }

            blocks.Add(new DocBlock(mark switch
            {
                "#标题" => BlockKind.Title,
                "#主送" => BlockKind.Addressee,
                "#一级" => BlockKind.Heading1,
                "#二级" => BlockKind.Heading2,
                "#落款" => BlockKind.Signature,
                "#日期" => BlockKind.Date,
                "#附件" => BlockKind.Annex,
                "#表格" => BlockKind.Table,
                _ => BlockKind.Body,
            }, rest));
        }

        return new TongbaoDocument(model, blocks, veto, deduction);
    }
}
