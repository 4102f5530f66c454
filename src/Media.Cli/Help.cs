namespace Media.Cli;

/// <summary>The <c>--help</c> texts.</summary>
internal static class Help
{
    public const string Main = """
        media — 政务新媒体备案与监测系统的运维命令行工具

        用法：
          media import template [--format csv|xlsx] [--out 路径]   生成摸底表模板
          media import accounts <文件.csv|文件.xlsx> [选项]          按摸底表批量备案账号

        每个命令都可加 --help 查看详细说明。

        """;

    public const string Import = """
        media import — 按摸底表（survey sheet）批量备案

          media import template   生成摸底表模板（表头 + 一行示例）
          media import accounts   导入摸底表：逐行校验，任何一行有误则不导入任何账号

        """;

    public const string Template = """
        用法：media import template [--format csv|xlsx] [--out 路径]

        生成摸底表模板：表头为“中文列名(字段标识)”，另有一行示例（导入前请删除或改写）。
          --format csv|xlsx  模板格式，默认 csv（UTF-8 带 BOM，Excel 可直接打开）；
                             --out 以 .xlsx 结尾时默认为 xlsx
          --out 路径         写入文件；省略时 CSV 输出到标准输出（xlsx 必须指定 --out）

        """;

    public const string Accounts = """
        用法：media import accounts <文件.csv|文件.xlsx> [--server URL] [--user 用户名] [--password 密码] [--dry-run]

        逐行校验摸底表并批量备案。任何一行有误时不导入任何账号，并列出每个有误的行及原因；
        全部无误时备案所有账号，并列出每个账号的备案发现（如 filing-late）。
        行号为数据行序号（不含表头，即 Excel 行号减 1）。

          --server URL     服务地址，默认取环境变量 MEDIA_SERVER，再默认 http://localhost:5080
          --user 用户名    默认取环境变量 MEDIA_USER
          --password 密码  默认取环境变量 MEDIA_PASSWORD；都没有时在终端提示输入
          --dry-run        只校验、预估备案发现，不备案

        退出码：0 成功；1 有行被拒绝，未导入任何账号；2 用法错误、文件无法读取、无法连接或登录失败。
        结果输出到标准输出；进度、耗时和错误输出到标准错误。

        """;
}
