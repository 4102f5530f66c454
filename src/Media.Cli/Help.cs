namespace Media.Cli;

/// <summary>The <c>--help</c> texts.</summary>
internal static class Help
{
    public const string Main = """
        media — 政务新媒体备案与监测系统的运维命令行工具

        用法：
          media import template [--kind websites] [--format csv|xlsx] [--out 路径]   生成摸底表模板
          media import accounts <文件.csv|文件.xlsx> [选项]          按摸底表批量备案账号
          media import websites <文件.csv|文件.xlsx> [选项]          按网站摸底表批量备案政府网站
          media probe --platform <平台> (--file 路径 | --url 网址)  用提取器读取一个页面，输出 JSON
          media audit verify [选项]                                 校验审计日志的哈希链
          media backup <文件> [--data-dir 目录]                     备份数据库（单机部署）

        每个命令都可加 --help 查看详细说明。

        """;

    public const string Import = """
        media import — 按摸底表（survey sheet）批量备案

          media import template   生成摸底表模板（表头 + 一行示例）
          media import accounts   导入摸底表：逐行校验，任何一行有误则不导入任何账号
          media import websites   导入网站摸底表：同上，每行一个政府网站

        """;

    public const string Template = """
        用法：media import template [--kind accounts|websites] [--format csv|xlsx] [--out 路径]

        生成摸底表模板：表头为“中文列名(字段标识)”，另有一行示例（导入前请删除或改写）。
          --format csv|xlsx  模板格式，默认 csv（UTF-8 带 BOM，Excel 可直接打开）；
                             --out 以 .xlsx 结尾时默认为 xlsx
          --out 路径         写入文件；省略时 CSV 输出到标准输出（xlsx 必须指定 --out）
          --kind websites    政府网站摸底表的模板（默认 accounts，账号摸底表）

        """;

    public const string Accounts = """
        用法：media import accounts <文件.csv|文件.xlsx> [--server URL] [--user 用户名] [--password 密码] [--dry-run]
                                    [--on-existing skip|update|refuse]

        逐行校验摸底表并批量备案。任何一行有误时不导入任何账号，并列出每个有误的行及原因；
        全部无误时备案所有账号，并列出每个账号的备案发现（如 filing-late）。
        导入因服务器中断而未完成时，再次导入同一文件会备案其余各行，并列出上次已备案的行。
        行号为数据行序号（不含表头，即 Excel 行号减 1）。

          --server URL     服务地址，默认取环境变量 MEDIA_SERVER，再默认 http://localhost:5080
          --user 用户名    默认取环境变量 MEDIA_USER
          --password 密码  默认取环境变量 MEDIA_PASSWORD；都没有时在终端提示输入
          --dry-run        只校验、预估备案发现，不备案
          --on-existing skip|update|refuse
                           已备案的账号：skip 跳过并列出（重新导入补充后的摸底表时用）；
                           update 对表中有变化的项目办理变更备案（当日生效，原因“批量导入更新”），
                           列出每项的原值和新值，无变化的行不备案；已注销或属其他单位的账号视为有误；
                           refuse 视为有误，不导入任何账号（默认）

        退出码：0 成功；1 有行被拒绝，未导入任何账号；2 用法错误、文件无法读取、无法连接或登录失败。
        结果输出到标准输出；进度、耗时和错误输出到标准错误。

        """;

    public const string Websites = """
        用法：media import websites <文件.csv|文件.xlsx> [--server URL] [--user 用户名] [--password 密码] [--dry-run]
                                    [--on-existing skip|update|refuse]

        逐行校验网站摸底表并批量备案政府网站，选项和退出码与 media import accounts 相同。
        列：网站标识码、网站名称、首页网址、主办单位统一社会信用代码、ICP备案编号、公安机关备案号、栏目；
        栏目写在一个单元格里，每个栏目“名称|网址|类别”，栏目之间用“；”分隔，类别为 动态要闻、通知公告/政策文件、
        人事/规划计划、互动交流、其他（或 news、notice、plan、interaction、other）。
        模板：media import template --kind websites。

        """;

    public const string Backup = """
        用法：media backup <文件> [--data-dir 目录] [--profile embedded|cluster]

        单机部署（embedded）：把数据目录中的 SQLite 数据库一致地复制到 <文件>（VACUUM INTO），silo 运行时也可备份；
        备份文件含密码哈希和令牌密钥，权限为仅本用户可读写；已有同名文件时不覆盖。
        数据目录依次取 --data-dir、环境变量 Media__DataDir、当前目录 silo-config/media.json 的 Media:DataDir，默认 ./data。
        集群部署（cluster）：打印应执行的 pg_dump 命令（连接信息取自环境变量 ConnectionStrings__Postgres，不含密码）。

        恢复：停止 silo，新建一个数据目录，把备份文件放入其中并命名为 media.db，再以该目录（Media:DataDir）启动。

        """;

    public const string AuditVerify = """
        用法：media audit verify [--server URL] [--user 用户名] [--password 密码]

        请服务器按顺序校验审计日志的哈希链（每行的哈希覆盖该行内容和前一行的哈希），报告是否完整；
        链断裂时指出第一处断裂的行（Id）及原因。只有系统管理员可以校验。
        哈希链启用之前写入的行作为链的起点，由第一条带哈希的行一并封存。
        集群（PostgreSQL）中每个服务节点写自己的一条链，校验逐条进行；报告的链尾哈希是各条链链尾的摘要。

          --server URL     服务地址，默认取环境变量 MEDIA_SERVER，再默认 http://localhost:5080
          --user 用户名    默认取环境变量 MEDIA_USER
          --password 密码  默认取环境变量 MEDIA_PASSWORD；都没有时在终端提示输入

        退出码：0 哈希链完整；1 哈希链断裂（日志被篡改）；2 用法错误、无法连接、登录失败或无权校验。

        """;

    public const string Probe = """
        用法：media probe --platform <平台> (--file 路径 | --url 网址) [--allow-private] [--extractors 目录]

        用一个提取器读取一个保存的页面或一个网址，在标准输出打印一个 JSON 对象：
          {status, latestPostAt, posts: [{postId, publishedAt, title, url, repost}], site,
           detail, accountName, handle}
        status 为 ok、blocked、expired、not-found 或 error；时间均为北京时间（+08:00）；没有的值不输出。
        site 只有网站（website）才有：{siteIdCode, icp, publicSecurity, conac, jiucuo, pubDate}。
        启用提取器之前，可用它核对提取器对某个页面的读取结果。

          --platform 平台     wechat、weibo、douyin、feed（RSS/Atom）、website（政府网站页脚标识），
                              或 generic:名称（--extractors 目录中定义的通用提取器）
          --file 路径         读取保存的页面（有 BOM 按 BOM，否则按 UTF-8，不是 UTF-8 时按 GB18030）
          --url 网址          抓取该网址（http/https），超时、大小上限和重定向次数与定时探测相同
          --allow-private     允许访问本机、内网等非公网地址；默认拒绝，结果为 error
          --extractors 目录   通用提取器定义（*.json）所在目录；默认为当前目录下的
                              silo-config/extractors（存在时）

        退出码：0 status 为 ok；1 其他 status（JSON 照常输出）；2 用法错误、文件无法读取或提取器定义有误。
        JSON 输出到标准输出；进度、摘要和错误输出到标准错误。

        """;
}
