<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt 6 (Core, GUI, Widgets, OpenGL, Network)</source>
        <translation>Qt 6 (Core, GUI, Widgets, OpenGL, Network)</translation>
    </message>
    <message>
        <source>The window, painting, threads, containers</source>
        <translation>窗口、绘制、线程、容器</translation>
    </message>
    <message>
        <source>Qt Charts</source>
        <translation>Qt Charts</translation>
    </message>
    <message>
        <source>The timeline&apos;s charts</source>
        <translation>时间线的图表</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>Connection secrets in the system keychain</source>
        <translation>保存在系统钥匙串中的连接密钥</translation>
    </message>
    <message>
        <source>Protocol Buffers</source>
        <translation>Protocol Buffers</translation>
    </message>
    <message>
        <source>pprof and Pyroscope&apos;s API messages</source>
        <translation>pprof 与 Pyroscope 的 API 消息</translation>
    </message>
    <message>
        <source>zlib</source>
        <translation>zlib</translation>
    </message>
    <message>
        <source>gzip-compressed profiles</source>
        <translation>gzip 压缩的性能剖析文件</translation>
    </message>
    <message>
        <source>libdeflate</source>
        <translation>libdeflate</translation>
    </message>
    <message>
        <source>Fast gzip decompression</source>
        <translation>快速 gzip 解压</translation>
    </message>
    <message>
        <source>Zstandard</source>
        <translation>Zstandard</translation>
    </message>
    <message>
        <source>Compressed profiles in the library</source>
        <translation>库中的压缩性能剖析文件</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>The profile library</source>
        <translation>性能剖析库</translation>
    </message>
    <message>
        <source>cpp-httplib</source>
        <translation>cpp-httplib</translation>
    </message>
    <message>
        <source>The Pyroscope-compatible server and client</source>
        <translation>兼容 Pyroscope 的服务器与客户端</translation>
    </message>
    <message>
        <source>yaml-cpp</source>
        <translation>yaml-cpp</translation>
    </message>
    <message>
        <source>Scrape configurations</source>
        <translation>抓取（scrape）配置</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>TLS for server connections</source>
        <translation>服务器连接的 TLS</translation>
    </message>
    <message>
        <source>About Pyrograph</source>
        <translation>关于 Pyrograph</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pyrograph %1&lt;/h2&gt;&lt;p&gt;A flame graph workbench for profiles from pprof, perf, Chrome, Node.js, speedscope, Java Flight Recorder and Pyroscope.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Pyrograph is licensed under the Apache License 2.0. It links the libraries below; Qt Charts is offered under the GPL-3.0 only, so this executable as a whole is distributed under the terms of the GPL-3.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pyrograph %1&lt;/h2&gt;&lt;p&gt;一款火焰图工作台，用于 pprof、perf、Chrome、Node.js、speedscope、Java Flight Recorder 和 Pyroscope 的性能剖析文件。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;&lt;p&gt;Pyrograph 采用 Apache License 2.0 许可。它链接了下列库；Qt Charts 仅以 GPL-3.0 提供，因此本可执行文件整体按 GPL-3.0 的条款分发。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print the format, sample types, totals, node and function counts.</source>
        <translation>显示格式、采样类型、总计以及节点数和函数数。</translation>
    </message>
    <message>
        <source>Print the function table, sorted by self.</source>
        <translation>显示函数表，按自身值排序。</translation>
    </message>
    <message>
        <source>Write the profile in the format that OUT&apos;s extension names.</source>
        <translation>按 OUT 的扩展名指定的格式写出性能剖析文件。</translation>
    </message>
    <message>
        <source>Compare BASE with NEW: write the diff (-o OUT.json) or print it (--json).</source>
        <translation>比较 BASE 与 NEW：写出差异 (-o OUT.json) 或将其显示 (--json)。</translation>
    </message>
    <message>
        <source>Print a library&apos;s or a timed profile&apos;s totals over time (--json: the series).</source>
        <translation>显示库或带时间戳的性能剖析文件的总计随时间的变化 (--json：各序列)。</translation>
    </message>
    <message>
        <source>Write a server&apos;s merge of a range in the format that OUT&apos;s extension names.</source>
        <translation>按 OUT 的扩展名指定的格式写出服务器对某个时间范围的合并结果。</translation>
    </message>
    <message>
        <source>Add profiles to the profile library, list them, remove them.</source>
        <translation>向性能剖析库添加、列出、删除性能剖析文件。</translation>
    </message>
    <message>
        <source>Run a command, record its profiles (perf or SDK pushes), write and store them.</source>
        <translation>运行一条命令，记录其性能剖析数据 (perf 或 SDK 推送)，写出并保存。</translation>
    </message>
    <message>
        <source>Usage: %1 [FILE...] [--screenshot OUT.png ...]
       %1 info FILE [--json]
       %1 top FILE [-t SAMPLE_TYPE] [-n N] [--json]
       %1 export FILE -o OUT [-t SAMPLE_TYPE] [--width W] [--height H] [--scale S] [--minwidth PX] [--icicle] [--heat]
       %1 diff BASE NEW [-o OUT] [-t SAMPLE_TYPE [--new-type SAMPLE_TYPE]] [--json]
       %1 timeline SOURCE [--query &apos;TYPE{selector}&apos;] [--from T] [--until T] [--step SECONDS] [--group-by LABEL] [--json]
       %1 diff SOURCE [--query &apos;TYPE{selector}&apos;] --base FROM..UNTIL --new FROM..UNTIL [-o OUT] [--json]
       %1 top SOURCE [--query &apos;TYPE{selector}&apos;] [--from T] [--until T] [-n N] [--json]
       %1 fetch URL --query &apos;TYPE{selector}&apos; [--from T] [--until T] -o OUT [--token TOKEN | --user USER --password PASSWORD] [--tenant TENANT] [--timeout SECONDS] [--ca-file FILE] [--trust-fingerprint SHA256]
       %1 serve [--listen 127.0.0.1:4040] [--library FILE] [--max-body BYTES] [--retention DURATION] [--token TOKEN] [--no-auth] [--scrape FILE]
       %1 scrape URL [--type cpu|allocs|heap|goroutine|block|mutex] [--seconds N] -o OUT
</source>
        <translation>用法：%1 [FILE...] [--screenshot OUT.png ...]
       %1 info FILE [--json]
       %1 top FILE [-t SAMPLE_TYPE] [-n N] [--json]
       %1 export FILE -o OUT [-t SAMPLE_TYPE] [--width W] [--height H] [--scale S] [--minwidth PX] [--icicle] [--heat]
       %1 diff BASE NEW [-o OUT] [-t SAMPLE_TYPE [--new-type SAMPLE_TYPE]] [--json]
       %1 timeline SOURCE [--query &apos;TYPE{selector}&apos;] [--from T] [--until T] [--step SECONDS] [--group-by LABEL] [--json]
       %1 diff SOURCE [--query &apos;TYPE{selector}&apos;] --base FROM..UNTIL --new FROM..UNTIL [-o OUT] [--json]
       %1 top SOURCE [--query &apos;TYPE{selector}&apos;] [--from T] [--until T] [-n N] [--json]
       %1 fetch URL --query &apos;TYPE{selector}&apos; [--from T] [--until T] -o OUT [--token TOKEN | --user USER --password PASSWORD] [--tenant TENANT] [--timeout SECONDS] [--ca-file FILE] [--trust-fingerprint SHA256]
       %1 serve [--listen 127.0.0.1:4040] [--library FILE] [--max-body BYTES] [--retention DURATION] [--token TOKEN] [--no-auth] [--scrape FILE]
       %1 scrape URL [--type cpu|allocs|heap|goroutine|block|mutex] [--seconds N] -o OUT
</translation>
    </message>
    <message>
        <source>A server&apos;s bearer token (default: $PYROGRAPH_TOKEN).</source>
        <translation>服务器的 Bearer 令牌 (默认：$PYROGRAPH_TOKEN)。</translation>
    </message>
    <message>
        <source>A server&apos;s basic-auth user (default: $PYROSCOPE_BASIC_AUTH_USER).</source>
        <translation>服务器的基本认证用户 (默认：$PYROSCOPE_BASIC_AUTH_USER)。</translation>
    </message>
    <message>
        <source>That user&apos;s password (default: $PYROSCOPE_BASIC_AUTH_PASSWORD).</source>
        <translation>该用户的密码 (默认：$PYROSCOPE_BASIC_AUTH_PASSWORD)。</translation>
    </message>
    <message>
        <source>A server&apos;s tenant, X-Scope-OrgID (default: $PYROSCOPE_TENANT_ID).</source>
        <translation>服务器的租户，X-Scope-OrgID (默认：$PYROSCOPE_TENANT_ID)。</translation>
    </message>
    <message>
        <source>Seconds a server may take to connect and to answer (default 30).</source>
        <translation>服务器连接和应答可用的秒数 (默认 30)。</translation>
    </message>
    <message>
        <source>https: the CA certificates (PEM) to trust instead of the system&apos;s.</source>
        <translation>https：代替系统证书而信任的 CA 证书 (PEM)。</translation>
    </message>
    <message>
        <source>https: trust the server&apos;s certificate with this SHA-256 fingerprint, though no CA signed it.</source>
        <translation>https：即使没有 CA 签名，也信任具有此 SHA-256 指纹的服务器证书。</translation>
    </message>
    <message>
        <source>--trust-fingerprint wants a SHA-256 fingerprint (64 hex digits, colons allowed), got &quot;%1&quot;</source>
        <translation>--trust-fingerprint 需要 SHA-256 指纹 (64 位十六进制数字，可含冒号)，收到的是“%1”</translation>
    </message>
    <message>
        <source>--timeout wants seconds (more than 0, at most a day), got &quot;%1&quot;</source>
        <translation>--timeout 需要秒数 (大于 0，最多一天)，收到的是“%1”</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>The sample type (default: the profile&apos;s).</source>
        <translation>采样类型 (默认：性能剖析文件的默认类型)。</translation>
    </message>
    <message>
        <source>NEW&apos;s sample type, when it is named differently from BASE&apos;s (-t, or BASE&apos;s default); the units must match.</source>
        <translation>当 NEW 的采样类型与 BASE 的名称不同时指定 (-t，或 BASE 的默认类型)；单位必须一致。</translation>
    </message>
    <message>
        <source>Print only the first N functions.</source>
        <translation>只显示前 N 个函数。</translation>
    </message>
    <message>
        <source>The file to write; its extension picks the format.</source>
        <translation>要写出的文件；由其扩展名决定格式。</translation>
    </message>
    <message>
        <source>SVG/PNG: the image width in pixels (SVG default 1200).</source>
        <translation>SVG/PNG：图像宽度，单位为像素 (SVG 默认 1200)。</translation>
    </message>
    <message>
        <source>PNG: the image height in pixels (default 800).</source>
        <translation>PNG：图像高度，单位为像素 (默认 800)。</translation>
    </message>
    <message>
        <source>PNG: device pixels per pixel (default 1).</source>
        <translation>PNG：每像素的设备像素数 (默认 1)。</translation>
    </message>
    <message>
        <source>SVG: leave out boxes narrower than PX pixels (default 0.1).</source>
        <translation>SVG：省略窄于 PX 像素的方框 (默认 0.1)。</translation>
    </message>
    <message>
        <source>SVG/HTML/PNG: the root on top.</source>
        <translation>SVG/HTML/PNG：根节点在顶部。</translation>
    </message>
    <message>
        <source>SVG/HTML/PNG: colour by self (heat), as the window&apos;s &quot;By self&quot;.</source>
        <translation>SVG/HTML/PNG：按自身值着色 (热度)，同窗口中的“按自身值”。</translation>
    </message>
    <message>
        <source>SOURCE&apos;s profile type and label selector: &apos;TYPE{selector}&apos;.</source>
        <translation>SOURCE 的性能剖析类型和标签选择器：&apos;TYPE{selector}&apos;。</translation>
    </message>
    <message>
        <source>The range&apos;s start: now-1h, unix seconds or ms, RFC 3339.</source>
        <translation>范围的开始：now-1h、Unix 秒或毫秒、RFC 3339。</translation>
    </message>
    <message>
        <source>The range&apos;s end (default: now, or a file&apos;s end).</source>
        <translation>范围的结束 (默认：现在，或文件的结尾)。</translation>
    </message>
    <message>
        <source>Seconds per point (default: about 100 points).</source>
        <translation>每个点的秒数 (默认：约 100 个点)。</translation>
    </message>
    <message>
        <source>One series per value of LABEL.</source>
        <translation>LABEL 的每个值一个序列。</translation>
    </message>
    <message>
        <source>SOURCE&apos;s baseline range.</source>
        <translation>SOURCE 的基准范围。</translation>
    </message>
    <message>
        <source>SOURCE&apos;s range compared with it.</source>
        <translation>与之比较的 SOURCE 范围。</translation>
    </message>
    <message>
        <source>The baseline profile (with --base and --new: the SOURCE).</source>
        <translation>基准性能剖析文件 (使用 --base 和 --new 时为 SOURCE)。</translation>
    </message>
    <message>
        <source>The profile compared with it (none with --base and --new).</source>
        <translation>与之比较的性能剖析文件 (使用 --base 和 --new 时不需要)。</translation>
    </message>
    <message>
        <source>A Pyroscope server: Grafana Pyroscope 1.x, Grafana Cloud Profiles or pyrograph serve.</source>
        <translation>Pyroscope 服务器：Grafana Pyroscope 1.x、Grafana Cloud Profiles 或 pyrograph serve。</translation>
    </message>
    <message>
        <source>A profile library, a profile file with sample times, or several profile files (each at its own time).</source>
        <translation>性能剖析库、带采样时间的性能剖析文件，或多个性能剖析文件 (各有其时间)。</translation>
    </message>
    <message>
        <source>The profile to read (&quot;-&quot; reads stdin).</source>
        <translation>要读取的性能剖析文件 (“-”读取标准输入)。</translation>
    </message>
    <message>
        <source>--base and --new go together</source>
        <translation>--base 和 --new 需同时使用</translation>
    </message>
    <message>
        <source>--query wants --base and --new</source>
        <translation>--query 需要 --base 和 --new</translation>
    </message>
    <message>
        <source>--step wants seconds (more than 0), got &quot;%1&quot;</source>
        <translation>--step 需要秒数 (大于 0)，收到的是“%1”</translation>
    </message>
    <message>
        <source>--base and --new compare two ranges of one SOURCE, got %1 inputs</source>
        <translation>--base 和 --new 比较同一 SOURCE 的两个范围，收到了 %1 个输入</translation>
    </message>
    <message>
        <source>takes two input files, BASE and NEW, got %1</source>
        <translation>需要两个输入文件 BASE 和 NEW，收到了 %1 个</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>未指定输入文件</translation>
    </message>
    <message>
        <source>takes exactly one input file, got %1</source>
        <translation>只需要一个输入文件，收到了 %1 个</translation>
    </message>
    <message>
        <source>-n wants a count (0 or more), got &quot;%1&quot;</source>
        <translation>-n 需要一个数量 (0 或以上)，收到的是“%1”</translation>
    </message>
    <message>
        <source>--width and --height want whole pixels (1 to 100000), --scale a factor (0.01 to 16), --minwidth pixels (0 or more)</source>
        <translation>--width 和 --height 需要整数像素 (1 到 100000)，--scale 需要倍数 (0.01 到 16)，--minwidth 需要像素 (0 或以上)</translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation>未指定输出文件 (-o OUT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server URL (http:// or https://)</source>
        <translation>“%1”不是服务器 URL (http:// 或 https://)</translation>
    </message>
    <message>
        <source>no query given (--query &apos;TYPE{selector}&apos;)</source>
        <translation>未指定查询 (--query &apos;TYPE{selector}&apos;)</translation>
    </message>
    <message>
        <source>Pyrograph: a flamegraph workbench. Opens each FILE in a tab; see the subcommands below.</source>
        <translation>Pyrograph：火焰图工作台。在标签页中打开每个 FILE；子命令见下文。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Open the files (none: the welcome page), save the window to OUT.png once imported, exit.</source>
        <translation>打开文件 (无文件时为欢迎页)，导入后将窗口保存为 OUT.png 并退出。</translation>
    </message>
    <message>
        <source>The window size for --screenshot.</source>
        <translation>--screenshot 的窗口大小。</translation>
    </message>
    <message>
        <source>The view: flamegraph, table, both or sandwich; for a diff file also diff, side-by-side or diff-table.</source>
        <translation>视图：flamegraph、table、both 或 sandwich；差异文件还可用 diff、side-by-side 或 diff-table。</translation>
    </message>
    <message>
        <source>Search for TEXT in every tab.</source>
        <translation>在每个标签页中搜索 TEXT。</translation>
    </message>
    <message>
        <source>Zoom to a call path, root first: &apos;main;serve;parse&apos;.</source>
        <translation>缩放到一条调用路径，从根开始：&apos;main;serve;parse&apos;。</translation>
    </message>
    <message>
        <source>The flamegraph renderer: gl, raster or auto.</source>
        <translation>火焰图渲染器：gl、raster 或 auto。</translation>
    </message>
    <message>
        <source>Open SOURCE (a library, a profile with sample times or a server&apos;s URL) in the timeline window.</source>
        <translation>在时间线窗口中打开 SOURCE (库、带采样时间的性能剖析文件或服务器的 URL)。</translation>
    </message>
    <message>
        <source>Timeline: the profile type and label selector, &apos;TYPE{selector}&apos;.</source>
        <translation>时间线：性能剖析类型和标签选择器，&apos;TYPE{selector}&apos;。</translation>
    </message>
    <message>
        <source>Timeline: the query&apos;s start (now-1h, unix s or ms, RFC 3339).</source>
        <translation>时间线：查询的开始 (now-1h、Unix 秒或毫秒、RFC 3339)。</translation>
    </message>
    <message>
        <source>Timeline: the query&apos;s end.</source>
        <translation>时间线：查询的结束。</translation>
    </message>
    <message>
        <source>Timeline: select this range (its merge is shown).</source>
        <translation>时间线：选中此范围 (显示其合并结果)。</translation>
    </message>
    <message>
        <source>Timeline: compare --range with this range.</source>
        <translation>时间线：将 --range 与此范围比较。</translation>
    </message>
    <message>
        <source>Timeline: show a file&apos;s subsecond heatmap (FlameScope).</source>
        <translation>时间线：显示文件的亚秒级热图 (FlameScope)。</translation>
    </message>
    <message>
        <source>Timeline: the label breakdown by LABEL.</source>
        <translation>时间线：按 LABEL 细分。</translation>
    </message>
    <message>
        <source>Profiles to open (&quot;-&quot; reads stdin).</source>
        <translation>要打开的性能剖析文件 (“-”读取标准输入)。</translation>
    </message>
    <message>
        <source>Subcommands (no display needed):</source>
        <translation>子命令 (无需显示器)：</translation>
    </message>
    <message>
        <source>Serve Grafana Pyroscope&apos;s API over a profile library (push, pull, query).</source>
        <translation>在性能剖析库上提供 Grafana Pyroscope 的 API (推送、拉取、查询)。</translation>
    </message>
    <message>
        <source>Take one profile from a Go program&apos;s net/http/pprof.</source>
        <translation>从 Go 程序的 net/http/pprof 获取一个性能剖析文件。</translation>
    </message>
    <message>
        <source>the timeline wants a SOURCE</source>
        <translation>时间线需要一个 SOURCE</translation>
    </message>
    <message>
        <source>--compare wants --range</source>
        <translation>--compare 需要 --range</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT (e.g. 1600x900), got &quot;%1&quot;</source>
        <translation>--size 需要 宽x高 (例如 1600x900)，收到的是“%1”</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; the views are: %2</source>
        <translation>未知视图“%1”；可用视图：%2</translation>
    </message>
    <message>
        <source>--zoom wants a call path, root first: &apos;main;serve&apos;</source>
        <translation>--zoom 需要一条从根开始的调用路径：&apos;main;serve&apos;</translation>
    </message>
    <message>
        <source>unknown renderer &quot;%1&quot;; the renderers are: gl, raster, auto</source>
        <translation>未知渲染器“%1”；可用渲染器：gl、raster、auto</translation>
    </message>
    <message>
        <source>Open a window of its own, even when Pyrograph already runs (without it, the FILEs open as tabs of the running window).</source>
        <translation>即使 Pyrograph 已在运行，也打开一个独立窗口（不加此选项时，FILE 会作为正在运行的窗口中的标签页打开）。</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (基准)</translation>
    </message>
    <message>
        <source>%1 (comparison)</source>
        <translation>%1 (对比)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Profiles</source>
        <translation>比较性能剖析文件</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>Baseline sample type:</source>
        <translation>基准采样类型：</translation>
    </message>
    <message>
        <source>Comparison sample type:</source>
        <translation>对比采样类型：</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Baseline Profile</source>
        <translation>基准性能剖析文件</translation>
    </message>
    <message>
        <source>Comparison Profile</source>
        <translation>对比性能剖析文件</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Choose the two profiles to compare: open tabs or files of any format.</source>
        <translation>选择要比较的两个性能剖析文件：已打开的标签页或任意格式的文件。</translation>
    </message>
    <message>
        <source>Choose the sample type of each profile.</source>
        <translation>为每个性能剖析文件选择采样类型。</translation>
    </message>
    <message>
        <source>Cannot compare %1 (%2 in %3) with %4 (%5 in %6): the units differ. Choose sample types with the same unit.</source>
        <translation>无法比较 %1 (%2，单位 %3) 与 %4 (%5，单位 %6)：单位不同。请选择单位相同的采样类型。</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source> — %1 total</source>
        <translation> — 总计 %1</translation>
    </message>
    <message>
        <source>Baseline flame graph</source>
        <translation>基准火焰图</translation>
    </message>
    <message>
        <source>Comparison flame graph</source>
        <translation>对比火焰图</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>the URL&apos;s host</source>
        <translation>URL 的主机</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>用户和密码</translation>
    </message>
    <message>
        <source>X-Scope-OrgID, if the server has tenants</source>
        <translation>X-Scope-OrgID，如果服务器有租户</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>https: the system&apos;s CAs</source>
        <translation>https：系统的 CA</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>已保存：</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>认证：</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>租户：</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://</source>
        <translation>URL 必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>已连接：%1</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <source>No certificate authority this system trusts signed the certificate of %1.

SHA-256 fingerprint:
%2

Trust it only if this is your server&apos;s certificate (compare the fingerprint with the server&apos;s).</source>
        <translation>%1 的证书不是由本系统信任的证书颁发机构签名的。

SHA-256 指纹：
%2

仅当这是您自己服务器的证书时才信任它 (请将指纹与服务器上的指纹比对)。</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>信任此证书</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>没有钥匙串</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the secret of &quot;%1&quot; (%2).

Store it in Pyrograph&apos;s settings file as plain text, readable by anyone who can read that file? Otherwise you type it again next time.</source>
        <translation>没有可用的系统钥匙串来保存“%1”(%2) 的密钥。

要以明文保存在 Pyrograph 的设置文件中吗？任何能读取该文件的人都能读取它。否则下次需要重新输入。</translation>
    </message>
</context>
<context>
    <name>DiffLegend</name>
    <message>
        <source>(removed)</source>
        <translation>(已移除)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(新增)</translation>
    </message>
    <message>
        <source>Change of each function&apos;s share of its profile&apos;s total (relative)</source>
        <translation>每个函数在其性能剖析总计中所占份额的变化 (相对)</translation>
    </message>
    <message>
        <source>Change of each function&apos;s value (absolute)</source>
        <translation>每个函数的值的变化 (绝对)</translation>
    </message>
</context>
<context>
    <name>DiffTableModel</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Baseline self</source>
        <translation>基准自身</translation>
    </message>
    <message>
        <source>Comparison self</source>
        <translation>对比自身</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Change % (share)</source>
        <translation>变化 % (份额)</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>变化 %</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Diff flamegraph</source>
        <translation>差异火焰图</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Diff table</source>
        <translation>差异表</translation>
    </message>
    <message>
        <source>Absolute values</source>
        <translation>绝对值</translation>
    </message>
    <message>
        <source>Compare raw values instead of each function&apos;s share of its profile&apos;s total</source>
        <translation>比较原始值，而不是每个函数在其性能剖析总计中所占的份额</translation>
    </message>
    <message>
        <source> Colours: </source>
        <translation> 颜色： </translation>
    </message>
    <message>
        <source>Green to red</source>
        <translation>绿到红</translation>
    </message>
    <message>
        <source>Blue to red (colour-blind)</source>
        <translation>蓝到红 (色盲友好)</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Show the whole tree (Esc in a flamegraph)</source>
        <translation>显示整棵树 (在火焰图中按 Esc)</translation>
    </message>
    <message>
        <source>Diff flame graph</source>
        <translation>差异火焰图</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>没有可导出的性能剖析文件。</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>仍有导出正在进行。</translation>
    </message>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1：未知的导出格式；支持的扩展名：%2</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open Containing Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将 %1 导出到 %2</translation>
    </message>
</context>
<context>
    <name>FlameGraphAccessible</name>
    <message>
        <source>Flame graph</source>
        <translation>火焰图</translation>
    </message>
    <message>
        <source>No box selected: the arrow keys move through the boxes, Enter zooms in, Escape zooms out.</source>
        <translation>未选中方框：用方向键在方框间移动，Enter 放大，Escape 缩小。</translation>
    </message>
</context>
<context>
    <name>FlameGraphView</name>
    <message>
        <source>Click: zoom in · Esc: zoom out · Ctrl+wheel: zoom · drag: pan · wheel: scroll</source>
        <translation>单击：放大 · Esc：缩小 · Ctrl+滚轮：缩放 · 拖动：平移 · 滚轮：滚动</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
</context>
<context>
    <name>FlameToolTip</name>
    <message>
        <source>Total: %1 (%2 of all, %3 of parent)</source>
        <translation>总计：%1 (占全部的 %2，占调用者的 %3)</translation>
    </message>
    <message>
        <source>Total: %1 (%2 of all)</source>
        <translation>总计：%1 (占全部的 %2)</translation>
    </message>
    <message>
        <source>Self: %1 (%2 of all)</source>
        <translation>自身：%1 (占全部的 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n functions, each too narrow to show; click to zoom in to them</source>
        <translation>
            <numerusform>%n 个函数，每个都太窄而无法显示；单击可放大查看</numerusform>
        </translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (新增)</translation>
    </message>
    <message>
        <source> (removed)</source>
        <translation> (已移除)</translation>
    </message>
    <message>
        <source>Baseline: %1 (%2 of %3)</source>
        <translation>基准：%1 (占 %3 的 %2)</translation>
    </message>
    <message>
        <source>Comparison: %1 (%2 of %3)</source>
        <translation>对比：%1 (占 %3 的 %2)</translation>
    </message>
    <message>
        <source>Change: %1 (share %2%3 points, %4 relative)</source>
        <translation>变化：%1 (份额 %2%3 个百分点，相对 %4)</translation>
    </message>
    <message>
        <source>Change: %1 (%2)</source>
        <translation>变化：%1 (%2)</translation>
    </message>
    <message>
        <source>Only in the comparison: not called in the baseline.</source>
        <translation>仅在对比中：基准中未被调用。</translation>
    </message>
    <message>
        <source>Only in the baseline: no longer called in the comparison.</source>
        <translation>仅在基准中：对比中不再被调用。</translation>
    </message>
</context>
<context>
    <name>FunctionActions</name>
    <message>
        <source>Focus on this function</source>
        <translation>聚焦此函数</translation>
    </message>
    <message>
        <source>Collapse this function</source>
        <translation>折叠此函数</translation>
    </message>
    <message>
        <source>Copy function name</source>
        <translation>复制函数名</translation>
    </message>
    <message>
        <source>Show in sandwich view</source>
        <translation>在三明治视图中显示</translation>
    </message>
</context>
<context>
    <name>FunctionTableModel</name>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自身</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>自身 %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>总计 %</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>Boxes are coloured by their self value (what the frame spends itself, not in its callees) against the largest self in the profile: pale yellow for none, red for the largest (%1).</source>
        <translation>方框按其自身值着色 (该帧自身的开销，不含其被调用者)，以性能剖析中最大的自身值为参照：无为浅黄色，最大 (%1) 为红色。</translation>
    </message>
    <message>
        <source>Self (heat)</source>
        <translation>自身 (热度)</translation>
    </message>
</context>
<context>
    <name>InstanceChannel</name>
    <message>
        <source>another instance listens on %1</source>
        <translation>另一个实例正在监听 %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>无法监听 %1：%2</translation>
    </message>
</context>
<context>
    <name>LabelFitBox</name>
    <message>
        <source>Which end of a long name a label keeps: head first &quot;github.com/org/repo/pkg/sto…&quot;, tail first &quot;…storage.(*Writer).Flush&quot;. Auto takes the tail when most names are package-qualified (Go, Java).</source>
        <translation>标签保留长名称的哪一端：开头优先“github.com/org/repo/pkg/sto…”，结尾优先“…storage.(*Writer).Flush”。当大多数名称带包名限定 (Go、Java) 时，自动选择结尾。</translation>
    </message>
    <message>
        <source>Head first</source>
        <translation>开头优先</translation>
    </message>
    <message>
        <source>Tail first</source>
        <translation>结尾优先</translation>
    </message>
    <message>
        <source>Auto: tail first</source>
        <translation>自动：结尾优先</translation>
    </message>
    <message>
        <source>Auto: head first</source>
        <translation>自动：开头优先</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pyrograph</source>
        <translation>Pyrograph</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Sample Profile</source>
        <translation>打开示例性能剖析文件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>记录(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>Receive &amp;Pushes</source>
        <translation>接收推送(&amp;P)</translation>
    </message>
    <message>
        <source>Run a Pyroscope server in Pyrograph: SDKs push to it and every profile is kept in the library</source>
        <translation>在 Pyrograph 中运行 Pyroscope 服务器：SDK 向其推送，每个性能剖析文件都保存在库中</translation>
    </message>
    <message>
        <source>Scrape a &amp;Target…</source>
        <translation>抓取目标(&amp;T)…</translation>
    </message>
    <message>
        <source>Have the server in Pyrograph fetch profiles from a Go program&apos;s net/http/pprof on a schedule</source>
        <translation>让 Pyrograph 中的服务器定期从 Go 程序的 net/http/pprof 获取性能剖析数据</translation>
    </message>
    <message>
        <source>Library &amp;Timeline</source>
        <translation>库时间线(&amp;T)</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接到服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>The timeline of a Grafana Pyroscope server, Grafana Cloud Profiles or pyrograph serve</source>
        <translation>Grafana Pyroscope 服务器、Grafana Cloud Profiles 或 pyrograph serve 的时间线</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>键盘和鼠标(&amp;K)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>性能剖析</translation>
    </message>
    <message>
        <source>Sample type: </source>
        <translation>采样类型： </translation>
    </message>
    <message>
        <source>Search in the current tab</source>
        <translation>在当前标签页中搜索</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 已经打开</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot receive pushes: %1</source>
        <translation>无法接收推送：%1</translation>
    </message>
    <message>
        <source>Receiving pushes on %1 · 1 profile stored</source>
        <translation>正在 %1 上接收推送 · 已保存 1 个性能剖析文件</translation>
    </message>
    <message>
        <source>Receiving pushes on %1 · %2 profiles stored</source>
        <translation>正在 %1 上接收推送 · 已保存 %2 个性能剖析文件</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>库：%1</translation>
    </message>
    <message>
        <source>%1 — Pyrograph</source>
        <translation>%1 — Pyrograph</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>未打开性能剖析文件</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <source> (%n import(s) running)</source>
        <translation>
            <numerusform> (%n 个导入正在进行)</numerusform>
        </translation>
    </message>
    <message>
        <source>Renderer: %1</source>
        <translation>渲染器：%1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Open Profiles</source>
        <translation>打开性能剖析文件</translation>
    </message>
    <message>
        <source>&amp;Default View for New Tabs</source>
        <translation>新标签页的默认视图(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Flame Graph</source>
        <translation>火焰图(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>两者(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Sandwich</source>
        <translation>三明治(&amp;S)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>系统默认(&amp;S)</translation>
    </message>
    <message>
        <source>The language changes when Pyrograph starts again.</source>
        <translation>语言将在下次启动 Pyrograph 时更改。</translation>
    </message>
    <message>
        <source>Open profiles</source>
        <translation>已打开的性能剖析文件</translation>
    </message>
    <message>
        <source>Sample type</source>
        <translation>采样类型</translation>
    </message>
    <message>
        <source>&amp;About Pyrograph</source>
        <translation>关于 Pyrograph(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MatchLabel</name>
    <message>
        <source>Invalid regex</source>
        <translation>无效的正则表达式</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1% (共 %2)</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>匹配：%1</translation>
    </message>
    <message>
        <source>%1 in %2 functions, %3 frames</source>
        <translation>%1，在 %2 个函数、%3 个帧中</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Show one thread&apos;s samples alone</source>
        <translation>只显示一个线程的样本</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>%1: the import failed</source>
        <translation>%1：导入失败</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>所有线程</translation>
    </message>
    <message>
        <source>Filtering thread %1…</source>
        <translation>正在筛选线程 %1…</translation>
    </message>
    <message>
        <source>%1: %2 total, %3 functions</source>
        <translation>%1：总计 %2，%3 个函数</translation>
    </message>
    <message>
        <source> in thread %1</source>
        <translation> (线程 %1)</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Show the whole profile again</source>
        <translation>重新显示整个性能剖析</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>性能剖析</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>The function table alone</source>
        <translation>仅函数表</translation>
    </message>
    <message>
        <source>Flame Graph</source>
        <translation>火焰图</translation>
    </message>
    <message>
        <source>The flamegraph alone</source>
        <translation>仅火焰图</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>The table and the flamegraph side by side</source>
        <translation>表格与火焰图并排</translation>
    </message>
    <message>
        <source>Sandwich</source>
        <translation>三明治</translation>
    </message>
    <message>
        <source>The callers and callees of the selected function</source>
        <translation>所选函数的调用者和被调用者</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Icicle</source>
        <translation>冰柱图</translation>
    </message>
    <message>
        <source>Root at the top (icicle) instead of the bottom (flame)</source>
        <translation>根节点在顶部 (冰柱图) 而不是底部 (火焰图)</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>配色方案</translation>
    </message>
    <message>
        <source>By package</source>
        <translation>按包</translation>
    </message>
    <message>
        <source>By self (heat)</source>
        <translation>按自身值 (热度)</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Show the whole tree (Esc in the flamegraph)</source>
        <translation>显示整棵树 (在火焰图中按 Esc)</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Match %1 of %2: %3</source>
        <translation>匹配 %1/%2：%3</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>已选中 %1</translation>
    </message>
    <message>
        <source>%1 — total %2 (%3), self %4 (%5)</source>
        <translation>%1 — 总计 %2 (%3)，自身 %4 (%5)</translation>
    </message>
    <message>
        <source>Focus on %1</source>
        <translation>聚焦 %1</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>折叠 %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Showing the whole profile</source>
        <translation>正在显示整个性能剖析</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>火焰图</translation>
    </message>
    <message>
        <source>Function table</source>
        <translation>函数表</translation>
    </message>
    <message>
        <source>Self and total of every function; Enter shows it in the flame graph</source>
        <translation>每个函数的自身值和总计；按 Enter 在火焰图中显示</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Every export format (%1)</source>
        <translation>所有导出格式 (%1)</translation>
    </message>
    <message>
        <source>Profiles (%1);;All files (*)</source>
        <translation>性能剖析文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>没有性能剖析文件</translation>
    </message>
    <message>
        <source>This sample type has no samples</source>
        <translation>此采样类型没有样本</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Program, e.g. ./server or node</source>
        <translation>程序，例如 ./server 或 node</translation>
    </message>
    <message>
        <source>Its arguments; &quot;double quotes&quot; keep words together</source>
        <translation>其参数；“双引号”使单词保持在一起</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Working Folder</source>
        <translation>工作文件夹</translation>
    </message>
    <message>
        <source>Automatic (perf for a native program, else SDK pushes)</source>
        <translation>自动 (原生程序用 perf，否则用 SDK 推送)</translation>
    </message>
    <message>
        <source>perf record</source>
        <translation>perf record</translation>
    </message>
    <message>
        <source>Pyroscope SDK pushes</source>
        <translation>Pyroscope SDK 推送</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>命令(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>参数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>工作文件夹(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>The command&apos;s output</source>
        <translation>命令的输出</translation>
    </message>
    <message>
        <source>&amp;Start Recording</source>
        <translation>开始记录(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Recording %1…</source>
        <translation>正在记录 %1…</translation>
    </message>
    <message>
        <source>Elapsed: %1:%2.%3</source>
        <translation>已用时间：%1:%2.%3</translation>
    </message>
    <message>
        <source>Nothing was recorded (exit status %1); see the output below.</source>
        <translation>没有记录到任何内容 (退出状态 %1)；请查看下方的输出。</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n profile(s) (exit status %1).</source>
        <translation>
            <numerusform>已记录 %n 个性能剖析文件 (退出状态 %1)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 未能启动：%2</translation>
    </message>
    <message>
        <source>a recording is running</source>
        <translation>正在记录</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>nothing was recorded</source>
        <translation>没有记录到任何内容</translation>
    </message>
</context>
<context>
    <name>SandwichView</name>
    <message>
        <source>Select a function in the table or the flame graph to see its callers and callees.</source>
        <translation>在表格或火焰图中选择一个函数，查看其调用者和被调用者。</translation>
    </message>
    <message>
        <source>Callers of %1</source>
        <translation>%1 的调用者</translation>
    </message>
    <message>
        <source>Callees of %1</source>
        <translation>%1 的被调用者</translation>
    </message>
    <message>
        <source>Callers flame graph</source>
        <translation>调用者火焰图</translation>
    </message>
    <message>
        <source>Callees flame graph</source>
        <translation>被调用者火焰图</translation>
    </message>
</context>
<context>
    <name>ScrapeDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Scrape a Target</source>
        <translation>抓取目标</translation>
    </message>
    <message>
        <source>the host&apos;s name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>应用(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>性能剖析类型：</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>性能剖析</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>上次成功</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Scrapes</source>
        <translation>抓取次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <source>The server is not running: turn on File &gt; Receive Pushes.</source>
        <translation>服务器未运行：请打开 文件 &gt; 接收推送。</translation>
    </message>
    <message>
        <source>Choose at least one profile.</source>
        <translation>请至少选择一种性能剖析。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not a diff, so it has no view &quot;%2&quot; (a diff file has: %3)</source>
        <translation>%1：不是差异文件，所以没有视图“%2” (差异文件有：%3)</translation>
    </message>
    <message>
        <source>%1: no call path %2</source>
        <translation>%1：没有调用路径 %2</translation>
    </message>
    <message>
        <source>the views were still busy after %1 s; the screenshot shows them unfinished</source>
        <translation>%1 秒后视图仍在处理；截图显示的是未完成的状态</translation>
    </message>
    <message>
        <source>%1: could not write the screenshot</source>
        <translation>%1：无法写入截图</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Case-insensitive; Enter zooms to the next match, Shift+Enter to the previous, Escape clears</source>
        <translation>不区分大小写；Enter 缩放到下一个匹配，Shift+Enter 到上一个，Escape 清除</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>火焰图</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>搜索框</translation>
    </message>
    <message>
        <source>Function table</source>
        <translation>函数表</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the controls, the views and the tabs</source>
        <translation>在控件、视图和标签页之间移动</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>单击</translation>
    </message>
    <message>
        <source>Select a frame and zoom to it; click the zoomed frame to zoom out</source>
        <translation>选中一个帧并缩放到它；单击已缩放的帧则缩小</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <source>The same as one click</source>
        <translation>与单击相同</translation>
    </message>
    <message>
        <source>Click a grey group</source>
        <translation>单击灰色组</translation>
    </message>
    <message>
        <source>Zoom into the functions too narrow to draw</source>
        <translation>放大到太窄而无法绘制的函数</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>拖动</translation>
    </message>
    <message>
        <source>Pan sideways and up and down</source>
        <translation>左右和上下平移</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>滚轮</translation>
    </message>
    <message>
        <source>Scroll up and down</source>
        <translation>上下滚动</translation>
    </message>
    <message>
        <source>Horizontal wheel</source>
        <translation>水平滚轮</translation>
    </message>
    <message>
        <source>Pan sideways</source>
        <translation>左右平移</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Zoom in and out around the pointer</source>
        <translation>以指针为中心放大和缩小</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>右键单击</translation>
    </message>
    <message>
        <source>Focus, collapse, copy the name, show in the sandwich</source>
        <translation>聚焦、折叠、复制名称、在三明治视图中显示</translation>
    </message>
    <message>
        <source>Hover</source>
        <translation>悬停</translation>
    </message>
    <message>
        <source>Total and self of a frame in the tooltip and the status bar</source>
        <translation>在工具提示和状态栏中显示帧的总计和自身值</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Select the parent, a child or a neighbour</source>
        <translation>选择父帧、子帧或相邻帧</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Zoom to the selected frame</source>
        <translation>缩放到选中的帧</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Show the whole tree (Reset Zoom)</source>
        <translation>显示整棵树 (重置缩放)</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter、Shift+Enter</translation>
    </message>
    <message>
        <source>Zoom to the next, the previous match</source>
        <translation>缩放到下一个、上一个匹配</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Click a column header</source>
        <translation>单击列标题</translation>
    </message>
    <message>
        <source>Sort by it</source>
        <translation>按该列排序</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter、双击</translation>
    </message>
    <message>
        <source>Select the function (from the Table view: show its sandwich)</source>
        <translation>选择该函数 (在表格视图中：显示其三明治视图)</translation>
    </message>
    <message>
        <source>Keyboard and Mouse</source>
        <translation>键盘和鼠标</translation>
    </message>
    <message>
        <source>Keys or mouse</source>
        <translation>按键或鼠标</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>SubsecondHeatmap</name>
    <message numerus="yes">
        <source>%1 s + %2 ms: %n samples</source>
        <translation>
            <numerusform>%1 秒 + %2 毫秒：%n 个样本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>total</source>
        <extracomment>The series of a query without a label breakdown, named as the flamegraph&apos;s root.</extracomment>
        <translation>总计</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <source>Timeline – %1</source>
        <translation>时间线 – %1</translation>
    </message>
    <message>
        <source>The service (service_name)</source>
        <translation>服务 (service_name)</translation>
    </message>
    <message>
        <source>The profile type</source>
        <translation>性能剖析类型</translation>
    </message>
    <message>
        <source>label selector: {region=&quot;eu&quot;, host=~&quot;web-.*&quot;}</source>
        <translation>标签选择器：{region=&quot;eu&quot;, host=~&quot;web-.*&quot;}</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Follow now</source>
        <translation>跟随当前时间</translation>
    </message>
    <message>
        <source>Query again every %1 seconds</source>
        <translation>每 %1 秒重新查询</translation>
    </message>
    <message>
        <source>Compare two ranges</source>
        <translation>比较两个范围</translation>
    </message>
    <message>
        <source>Label breakdown: one series per value of this label</source>
        <translation>细分：此标签的每个值一个序列</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>不细分</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>细分：</translation>
    </message>
    <message>
        <source>The whole query: drag to choose what the chart above shows</source>
        <translation>整个查询：拖动以选择上方图表显示的部分</translation>
    </message>
    <message>
        <source>Zoom to Ranges</source>
        <translation>缩放到范围</translation>
    </message>
    <message>
        <source>Show only the selected ranges on the chart (double click: the whole query)</source>
        <translation>图表上只显示所选范围 (双击：整个查询)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running queries</source>
        <translation>停止正在运行的查询</translation>
    </message>
    <message>
        <source>Save to Library</source>
        <translation>保存到库</translation>
    </message>
    <message>
        <source>Store the merge of each selected range in the local library</source>
        <translation>将每个所选范围的合并结果保存到本地库</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the flame graph shown to a file (SVG, HTML, pprof, folded, …)</source>
        <translation>将显示的火焰图写入文件 (SVG、HTML、pprof、folded 等)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Click a value to filter by it; Ctrl+click two to compare them</source>
        <translation>单击一个值以按其筛选；Ctrl+单击两个值以比较</translation>
    </message>
    <message>
        <source>Drag on the timeline to select a range; tick &quot;Compare two ranges&quot; and drag twice to compare.</source>
        <translation>在时间线上拖动以选择范围；勾选“比较两个范围”并拖动两次即可比较。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Subsecond heatmap</source>
        <translation>亚秒级热图</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>正在保存到 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个性能剖析文件保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <source>Label selector: %1</source>
        <translation>标签选择器：%1</translation>
    </message>
    <message>
        <source>No profiles in this range</source>
        <translation>此范围内没有性能剖析数据</translation>
    </message>
    <message>
        <source>Querying…</source>
        <translation>正在查询…</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n 个序列</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对比 %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Open Profile…</source>
        <translation>打开性能剖析文件…</translation>
    </message>
    <message>
        <source>Open the Bundled Sample</source>
        <translation>打开附带的示例</translation>
    </message>
    <message>
        <source>Pyrograph</source>
        <translation>Pyrograph</translation>
    </message>
    <message>
        <source>Flamegraphs of pprof, perf script, collapsed stacks, Chrome, speedscope and Pyroscope profiles</source>
        <translation>pprof、perf script、折叠栈、Chrome、speedscope 和 Pyroscope 性能剖析数据的火焰图</translation>
    </message>
    <message>
        <source>Drop profile files here</source>
        <translation>将性能剖析文件拖放到此处</translation>
    </message>
    <message>
        <source>File &gt; Open (Ctrl+O)</source>
        <translation>文件 &gt; 打开 (Ctrl+O)</translation>
    </message>
    <message>
        <source>A Go CPU profile that comes with Pyrograph</source>
        <translation>Pyrograph 附带的 Go CPU 性能剖析文件</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard and Mouse lists every shortcut.</source>
        <translation>帮助 &gt; 键盘和鼠标 列出了所有快捷键。</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
</context>
</TS>
