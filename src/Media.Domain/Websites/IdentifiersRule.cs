namespace Media.Domain.Websites;

/// <summary>
/// <c>site-identifiers</c> (网站标识不规范, a deduction): the footer lacks one of the six identifiers, or shows a 网站标识码,
/// ICP备案编号 or 公安机关备案号 other than the filed one (compared as <see cref="FooterNumbers"/> does). Time never changes
/// this verdict.
/// </summary>
internal static class IdentifiersRule
{
    public static RuleVerdict Judge(FooterFacts? footer, FiledIdentifiers filed)
    {
        if (footer is null)
        {
            return RuleVerdict.Unobserved;
        }

        var problems = new List<string>();
        (string Name, string? Shown, string? Filed)[] numbers =
        [
            ("网站标识码", footer.SiteIdCode, filed.SiteIdCode),
            ("ICP备案编号", footer.Icp, filed.Icp),
            ("公安机关备案号", footer.PublicSecurity, filed.PublicSecurity),
        ];
        foreach (var (name, shown, filedValue) in numbers)
        {
            if (string.IsNullOrWhiteSpace(shown))
            {
                problems.Add($"页面底部缺少{name}");
            }
            else if (!string.IsNullOrWhiteSpace(filedValue) && !FooterNumbers.Same(shown, filedValue))
            {
                problems.Add($"{name}页面为{shown.Trim()}，备案为{filedValue.Trim()}");
            }
        }

        (string Name, bool Present)[] marks =
        [
            ("党政机关网站标识", footer.Conac),
            ("“我为政府网站找错”入口", footer.Jiucuo),
            ("网站地图", footer.SiteMap),
        ];
        problems.AddRange(marks.Where(m => !m.Present).Select(m => $"页面底部缺少{m.Name}"));
        return problems.Count > 0 ? RuleVerdict.Holds(string.Join("；", problems)) : RuleVerdict.Clear(null);
    }
}
