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
    <name>AdhocCommand</name>
    <message>
        <source>       %1 adhoc [--perf | --push | --pull URL | --pid PID] [-o DIR] [--format FORMAT]... [--open] [--library FILE] -- COMMAND [ARGS...]
</source>
        <translation>       %1 adhoc [--perf | --push | --pull URL | --pid PID] [-o DIR] [--format FORMAT]... [--open] [--library FILE] -- COMMAND [ARGS...]
</translation>
    </message>
    <message>
        <source>Run COMMAND, record its profiles until it exits, write one file per profile type and format into DIR and store the profiles in the library. COMMAND&apos;s stdin, stdout, stderr and exit status are its own.</source>
        <translation>运行 COMMAND，记录其性能剖析数据直到它退出，按每种性能剖析类型和格式向 DIR 写一个文件，并把性能剖析文件存入库中。COMMAND 的标准输入、标准输出、标准错误和退出状态保持不变。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Record with perf record -g (the default for a native executable).</source>
        <translation>用 perf record -g 记录 (本机可执行文件的默认方式)。</translation>
    </message>
    <message>
        <source>Receive COMMAND&apos;s Pyroscope SDK pushes on a free loopback port (PYROSCOPE_ADHOC_SERVER_ADDRESS; the default for a script).</source>
        <translation>在空闲的回环端口上接收 COMMAND 的 Pyroscope SDK 推送 (PYROSCOPE_ADHOC_SERVER_ADDRESS；脚本的默认方式)。</translation>
    </message>
    <message>
        <source>Scrape COMMAND&apos;s Go net/http/pprof at URL (host:port) while it runs: cpu and allocs every 2 s, as serve --scrape does.</source>
        <translation>在 COMMAND 运行期间从 URL (host:port) 的 Go net/http/pprof 抓取：每 2 秒抓取 cpu 和 allocs，与 serve --scrape 相同。</translation>
    </message>
    <message>
        <source>Attach perf to a running process until it exits or Ctrl+C.</source>
        <translation>将 perf 附加到正在运行的进程，直到它退出或按下 Ctrl+C。</translation>
    </message>
    <message>
        <source>The folder to write into (default: adhoc-COMMAND-TIME here).</source>
        <translation>写入的文件夹 (默认：当前目录下的 adhoc-COMMAND-TIME)。</translation>
    </message>
    <message>
        <source>A format to write, repeatable: %1 (default html).</source>
        <translation>要写出的格式，可重复：%1 (默认 html)。</translation>
    </message>
    <message>
        <source>Open the profiles in the window afterwards.</source>
        <translation>之后在窗口中打开这些性能剖析文件。</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>库文件 (默认：数据文件夹中的库)。</translation>
    </message>
    <message>
        <source>The command to run, and its arguments.</source>
        <translation>要运行的命令及其参数。</translation>
    </message>
    <message>
        <source>--perf, --push, --pull and --pid are alternatives; give one</source>
        <translation>--perf、--push、--pull 和 --pid 只能选一个；请指定其中之一</translation>
    </message>
    <message>
        <source>--pid wants a process id, got &quot;%1&quot;</source>
        <translation>--pid 需要进程 ID，收到的是 “%1”</translation>
    </message>
    <message>
        <source>--pid records a running process; give no COMMAND with it</source>
        <translation>--pid 记录正在运行的进程；不要同时指定 COMMAND</translation>
    </message>
    <message>
        <source>no command given: adhoc [OPTIONS] -- COMMAND [ARGS...]</source>
        <translation>未指定命令：adhoc [OPTIONS] -- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; the formats are: %2</source>
        <translation>未知格式 “%1”；可用格式为：%2</translation>
    </message>
    <message>
        <source>perf is not installed: install Debian&apos;s linux-perf package (apt install linux-perf)</source>
        <translation>未安装 perf：请安装 Debian 的 linux-perf 软件包 (apt install linux-perf)</translation>
    </message>
    <message>
        <source>perf may not record: kernel.perf_event_paranoid is %1; allow it with &quot;sysctl kernel.perf_event_paranoid=1&quot; or run pyrograph adhoc as root</source>
        <translation>perf 可能无法记录：kernel.perf_event_paranoid 为 %1；请用 “sysctl kernel.perf_event_paranoid=1” 允许，或以 root 身份运行 pyrograph adhoc</translation>
    </message>
    <message>
        <source>adhoc --pid: no process %1</source>
        <translation>adhoc --pid：没有进程 %1</translation>
    </message>
    <message>
        <source>adhoc: %1: command not found</source>
        <translation>adhoc：%1：找不到命令</translation>
    </message>
    <message>
        <source>adhoc: cannot make the folder %1</source>
        <translation>adhoc：无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>adhoc --open: could not start the window</source>
        <translation>adhoc --open：无法启动窗口</translation>
    </message>
    <message>
        <source>adhoc: no temporary folder: %1</source>
        <translation>adhoc：没有临时文件夹：%1</translation>
    </message>
    <message>
        <source>adhoc --perf: perf record recorded nothing (exit status %1). If it was refused, allow it with &quot;sysctl kernel.perf_event_paranoid=1&quot; or run as root; perf comes with Debian&apos;s linux-perf package</source>
        <translation>adhoc --perf：perf record 什么也没有记录 (退出状态 %1)。如果被拒绝，请用 “sysctl kernel.perf_event_paranoid=1” 允许，或以 root 身份运行；perf 包含在 Debian 的 linux-perf 软件包中</translation>
    </message>
    <message>
        <source>adhoc --perf: perf script failed: %1</source>
        <translation>adhoc --perf：perf script 失败：%1</translation>
    </message>
    <message>
        <source>adhoc --perf: perf recorded no samples (did the command run long enough?)</source>
        <translation>adhoc --perf：perf 没有记录到样本 (命令运行的时间够长吗？)</translation>
    </message>
    <message>
        <source>adhoc --pull: no profile could be scraped from %1 while %2 ran (does it serve net/http/pprof there?)</source>
        <translation>adhoc --pull：%2 运行期间未能从 %1 抓取到任何性能剖析数据 (它在那里提供 net/http/pprof 吗？)</translation>
    </message>
    <message>
        <source>adhoc --push: %1 pushed no profiles to %2 (does it use a Pyroscope SDK?)</source>
        <translation>adhoc --push：%1 没有向 %2 推送任何性能剖析数据 (它使用 Pyroscope SDK 吗？)</translation>
    </message>
    <message>
        <source>pyrograph adhoc: %1 profiles %2, stored in %3</source>
        <translation>pyrograph adhoc：%1 个性能剖析文件已%2，存储在 %3</translation>
    </message>
    <message>
        <source>scraped</source>
        <translation>抓取</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>pyrograph adhoc: stored as %1 in %2</source>
        <translation>pyrograph adhoc：已存储为 %1，位于 %2</translation>
    </message>
    <message>
        <source>pyrograph adhoc: wrote %1</source>
        <translation>pyrograph adhoc：已写出 %1</translation>
    </message>
</context>
<context>
    <name>CallgrindImporter</name>
    <message>
        <source>the calls= line has no cost line after it</source>
        <translation>calls= 行之后没有开销行</translation>
    </message>
    <message>
        <source>%1: %2: no &quot;events:&quot; line</source>
        <translation>%1: %2: 没有 “events:” 行</translation>
    </message>
    <message>
        <source>%1: %2: line %3: %4</source>
        <translation>%1: %2: 第 %3 行：%4</translation>
    </message>
    <message>
        <source>the events: line names no event</source>
        <translation>events: 行没有列出任何事件</translation>
    </message>
    <message>
        <source>a second events: line with other events</source>
        <translation>第二个 events: 行列出了不同的事件</translation>
    </message>
    <message>
        <source>name (%1) is used before it is defined</source>
        <translation>名称 (%1) 在定义之前就被使用</translation>
    </message>
    <message>
        <source>name (%1) is defined twice</source>
        <translation>名称 (%1) 被定义了两次</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is relative to column %2 of the previous cost line, which has none</source>
        <translation>“%1” 相对于上一开销行的第 %2 列，但该行没有这一列</translation>
    </message>
    <message>
        <source>the line after calls= is not a cost line</source>
        <translation>calls= 之后的行不是开销行</translation>
    </message>
    <message>
        <source>not a header, an assignment or a cost line</source>
        <translation>既不是头部、赋值，也不是开销行</translation>
    </message>
    <message>
        <source>a cost line before the events: line</source>
        <translation>events: 行之前出现了开销行</translation>
    </message>
    <message>
        <source>%1: %2: no cost lines</source>
        <translation>%1: %2: 没有开销行</translation>
    </message>
</context>
<context>
    <name>ChromeCpuProfileImporter</name>
    <message>
        <source>no nodes</source>
        <translation>没有节点</translation>
    </message>
    <message>
        <source>node %1 has no id</source>
        <translation>节点 %1 没有 id</translation>
    </message>
    <message>
        <source>node id %1 appears twice</source>
        <translation>节点 id %1 出现了两次</translation>
    </message>
    <message>
        <source>node %1 has an unknown child %2</source>
        <translation>节点 %1 有未知的子节点 %2</translation>
    </message>
    <message>
        <source>%1 samples but %2 timeDeltas</source>
        <translation>%1 个样本，但有 %2 个 timeDeltas</translation>
    </message>
    <message>
        <source>startTime %1 is out of range</source>
        <translation>startTime %1 超出范围</translation>
    </message>
    <message>
        <source>timeDeltas[%1] %2 takes the time out of range</source>
        <translation>timeDeltas[%1] %2 使时间超出范围</translation>
    </message>
    <message>
        <source>endTime %1 is out of range</source>
        <translation>endTime %1 超出范围</translation>
    </message>
    <message>
        <source>%1 samples but %2 timestamps</source>
        <translation>%1 个样本，但有 %2 个 timestamps</translation>
    </message>
    <message>
        <source>timestamps[%1] %2 is out of range</source>
        <translation>timestamps[%1] %2 超出范围</translation>
    </message>
    <message>
        <source>samples without timeDeltas or timestamps</source>
        <translation>样本既没有 timeDeltas 也没有 timestamps</translation>
    </message>
    <message>
        <source>sample %1 is not a node id: %2</source>
        <translation>样本 %1 不是节点 id：%2</translation>
    </message>
    <message>
        <source>the samples&apos; durations add up to more than %1 microseconds</source>
        <translation>样本的持续时间总和超过 %1 微秒</translation>
    </message>
    <message>
        <source>%1 nodes name a parent that the profile does not define; their stacks start at the root</source>
        <translation>%1 个节点指向性能剖析文件未定义的父节点；它们的栈从根开始</translation>
    </message>
    <message>
        <source>%1 samples name a node that the profile does not define; they count as &quot;(unknown node)&quot;</source>
        <translation>%1 个样本指向性能剖析文件未定义的节点；它们计为 “(unknown node)”</translation>
    </message>
    <message>
        <source>node %1 is its own ancestor</source>
        <translation>节点 %1 是它自己的祖先</translation>
    </message>
</context>
<context>
    <name>ChromeTraceImporter</name>
    <message>
        <source>%1 ProfileChunk events without their Profile event were skipped</source>
        <translation>跳过了 %1 个没有对应 Profile 事件的 ProfileChunk 事件</translation>
    </message>
    <message>
        <source>CPU profile %1 (pid %2, tid %3): %4</source>
        <translation>CPU 性能剖析 %1 (pid %2，tid %3)：%4</translation>
    </message>
    <message>
        <source>sample %1 refers to stack frame %2, which is missing or in a cycle</source>
        <translation>样本 %1 引用的栈帧 %2 不存在或处于循环中</translation>
    </message>
    <message>
        <source>%1 X events without dur or tdur were skipped</source>
        <translation>跳过了 %1 个没有 dur 或 tdur 的 X 事件</translation>
    </message>
    <message>
        <source>%1 E events matched no open B event and were ignored</source>
        <translation>%1 个 E 事件没有匹配到打开的 B 事件，已忽略</translation>
    </message>
    <message>
        <source>%1 B events were closed by the E event of an enclosing frame</source>
        <translation>%1 个 B 事件被外层帧的 E 事件关闭</translation>
    </message>
    <message>
        <source>%1 B events were never closed and end at their thread&apos;s last timestamp</source>
        <translation>%1 个 B 事件从未关闭，在其线程的最后一个时间戳处结束</translation>
    </message>
    <message>
        <source>%1 events overlapped the end of their parent and were cut there</source>
        <translation>%1 个事件超出了父事件的结束处，已在该处截断</translation>
    </message>
    <message>
        <source>expected an array of events or an object with &quot;traceEvents&quot;</source>
        <translation>应为事件数组或带有 “traceEvents” 的对象</translation>
    </message>
    <message>
        <source>no B/E/X events, CPU profile or samples to show</source>
        <translation>没有可显示的 B/E/X 事件、CPU 性能剖析或样本</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>not a subcommand</source>
        <translation>不是子命令</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 没有这个文件</translation>
    </message>
    <message>
        <source>%1: the profile has no sample types</source>
        <translation>%1: 性能剖析文件没有采样类型</translation>
    </message>
    <message>
        <source>%1: no sample type &quot;%2&quot;; the profile has: %3</source>
        <translation>%1: 没有采样类型 “%2”；性能剖析文件中有：%3</translation>
    </message>
</context>
<context>
    <name>CollapsedImporter</name>
    <message>
        <source>%1: %2: no stack lines: the input is empty</source>
        <translation>%1: %2: 没有栈行：输入为空</translation>
    </message>
    <message>
        <source>%1: %2: no valid stack line; line %3 is not &quot;frame;frame;... count&quot;: %4</source>
        <translation>%1: %2: 没有有效的栈行；第 %3 行不是 “frame;frame;... count”：%4</translation>
    </message>
    <message>
        <source>skipped %1 malformed line (first at line %2: %3)</source>
        <translation>跳过了 %1 个格式错误的行 (第一个在第 %2 行：%3)</translation>
    </message>
    <message>
        <source>skipped %1 malformed lines (first at line %2: %3)</source>
        <translation>跳过了 %1 个格式错误的行 (第一个在第 %2 行：%3)</translation>
    </message>
    <message>
        <source>rounded %1 fractional count to whole numbers (first at line %2)</source>
        <translation>将 %1 个小数计数取整为整数 (第一个在第 %2 行)</translation>
    </message>
    <message>
        <source>rounded %1 fractional counts to whole numbers (first at line %2)</source>
        <translation>将 %1 个小数计数取整为整数 (第一个在第 %2 行)</translation>
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
    <name>DiffBuilder</name>
    <message>
        <source>no sample types</source>
        <translation>没有采样类型</translation>
    </message>
    <message>
        <source>%1 has no sample types</source>
        <translation>%1 没有采样类型</translation>
    </message>
    <message>
        <source>%1 has no sample type &quot;%2&quot;; it has: %3</source>
        <translation>%1 没有采样类型 “%2”；它有：%3</translation>
    </message>
    <message>
        <source>%1 and %2 have no sample type in common (%1: %3; %2: %4); choose which to compare</source>
        <translation>%1 和 %2 没有共同的采样类型 (%1：%3；%2：%4)；请选择要对比的类型</translation>
    </message>
    <message>
        <source>%1 has no sample type %2</source>
        <translation>%1 没有采样类型 %2</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2: the units differ (%1: %3, %2: %4)</source>
        <translation>无法将 %1 与 %2 对比：单位不同 (%1：%3，%2：%4)</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>nothing to write</source>
        <translation>没有可写的内容</translation>
    </message>
    <message>
        <source>%1: unknown diff output format; the supported extensions are: %2</source>
        <translation>%1: 未知的差异输出格式；支持的扩展名为：%2</translation>
    </message>
    <message>
        <source>sample type: %1/%2, baseline: %3, comparison: %4</source>
        <translation>采样类型：%1/%2，基准：%3，对比：%4</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>change%</source>
        <translation>变化%</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
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
    <name>ExportCommand</name>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: 未知的导出格式；支持的扩展名为：%2</translation>
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
    <name>FetchCommand</name>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: 未知的导出格式；支持的扩展名为：%2</translation>
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
    <name>FlamebearerImporter</name>
    <message>
        <source>level %1 has %2 values, not a multiple of %3</source>
        <translation>第 %1 层有 %2 个值，不是 %3 的倍数</translation>
    </message>
    <message>
        <source>level %1, value %2 is not an integer</source>
        <translation>第 %1 层的值 %2 不是整数</translation>
    </message>
    <message>
        <source>level %1, node %2: name index %3 outside names[0..%4)</source>
        <translation>第 %1 层，节点 %2：名称索引 %3 超出 names[0..%4)</translation>
    </message>
    <message>
        <source>level %1, node %2: negative total</source>
        <translation>第 %1 层，节点 %2：总计为负</translation>
    </message>
    <message>
        <source>level %1: the node at x=%2 (width %3) lies in no node of level %4</source>
        <translation>第 %1 层：x=%2 (宽度 %3) 处的节点不在第 %4 层的任何节点之内</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>第 %1 字节处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>文档不是 JSON 对象</translation>
    </message>
    <message>
        <source>no &quot;flamebearer&quot; or &quot;flamegraph&quot; object</source>
        <translation>没有 “flamebearer” 或 “flamegraph” 对象</translation>
    </message>
    <message>
        <source>no names</source>
        <translation>没有名称</translation>
    </message>
    <message>
        <source>no levels</source>
        <translation>没有层</translation>
    </message>
    <message>
        <source>the flamegraph is empty (no samples)</source>
        <translation>火焰图为空 (没有样本)</translation>
    </message>
    <message>
        <source>the nodes add up to %1, not the %2 that the file gives as its total</source>
        <translation>节点总和为 %1，而不是文件给出的总计 %2</translation>
    </message>
</context>
<context>
    <name>FoldedWriter</name>
    <message>
        <source>%1: no sample type %2</source>
        <translation>%1: 没有采样类型 %2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: 写入失败：%2</translation>
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
    <name>GeckoProcessedProfile</name>
    <message>
        <source>%1.stackTable: %2 prefixes for %3 frames</source>
        <translation>%1.stackTable：%2 个前缀对应 %3 个帧</translation>
    </message>
    <message>
        <source>%1.samples: %2 stacks but %3 %4</source>
        <translation>%1.samples：%2 个栈，但有 %3 个 %4</translation>
    </message>
    <message>
        <source>%1.samples: %2 stacks but %3 weights</source>
        <translation>%1.samples：%2 个栈，但有 %3 个权重</translation>
    </message>
    <message>
        <source>%1.funcTable.name[%2]: %3 is not in the string array (%4 strings)</source>
        <translation>%1.funcTable.name[%2]：%3 不在字符串数组中 (共 %4 个字符串)</translation>
    </message>
    <message>
        <source>%1.stackTable.prefixOffset[%2]: %3 reaches before the first stack</source>
        <translation>%1.stackTable.prefixOffset[%2]：%3 指向第一个栈之前</translation>
    </message>
    <message>
        <source>%1.stackTable.prefix[%2]: %3 is not an earlier stack</source>
        <translation>%1.stackTable.prefix[%2]：%3 不是更早的栈</translation>
    </message>
    <message>
        <source>%1.stackTable.frame[%2]: %3 is not in the frameTable (%4 frames)</source>
        <translation>%1.stackTable.frame[%2]：%3 不在 frameTable 中 (共 %4 个帧)</translation>
    </message>
    <message>
        <source>%1.frameTable.func[%2]: %3 is not in the funcTable (%4 functions)</source>
        <translation>%1.frameTable.func[%2]：%3 不在 funcTable 中 (共 %4 个函数)</translation>
    </message>
    <message>
        <source>%1.samples.%2[%3] is not a number</source>
        <translation>%1.samples.%2[%3] 不是数字</translation>
    </message>
    <message>
        <source>%1.samples.stack[%2]: %3 is not in the stackTable (%4 stacks)</source>
        <translation>%1.samples.stack[%2]：%3 不在 stackTable 中 (共 %4 个栈)</translation>
    </message>
    <message>
        <source>%1.samples.weight[%2] is not a number</source>
        <translation>%1.samples.weight[%2] 不是数字</translation>
    </message>
    <message>
        <source>%1: %2 (processed, version %3): %4</source>
        <translation>%1: %2 (已处理，版本 %3)：%4</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array</source>
        <translation>应为 “threads” 数组</translation>
    </message>
    <message>
        <source>%1 is not a thread object</source>
        <translation>%1 不是线程对象</translation>
    </message>
    <message>
        <source>no samples in any thread</source>
        <translation>所有线程都没有样本</translation>
    </message>
</context>
<context>
    <name>GeckoProfileImporter</name>
    <message>
        <source>%1: expected samples, stackTable and frameTable with &quot;data&quot; arrays</source>
        <translation>%1: 应为带有 “data” 数组的 samples、stackTable 和 frameTable</translation>
    </message>
    <message>
        <source>%1: frameTable.data[%2]: location %3 is not in the stringTable (%4 strings)</source>
        <translation>%1: frameTable.data[%2]：位置 %3 不在 stringTable 中 (共 %4 个字符串)</translation>
    </message>
    <message>
        <source>%1: stackTable.data[%2]: prefix %3 is not an earlier stack</source>
        <translation>%1: stackTable.data[%2]：前缀 %3 不是更早的栈</translation>
    </message>
    <message>
        <source>%1: stackTable.data[%2]: frame %3 is not in the frameTable (%4 frames)</source>
        <translation>%1: stackTable.data[%2]：帧 %3 不在 frameTable 中 (共 %4 个帧)</translation>
    </message>
    <message>
        <source>%1: startTime %2 is out of range</source>
        <translation>%1: startTime %2 超出范围</translation>
    </message>
    <message>
        <source>%1: samples.data[%2] has no time</source>
        <translation>%1: samples.data[%2] 没有时间</translation>
    </message>
    <message>
        <source>%1: samples.data[%2]: stack %3 is not in the stackTable (%4 stacks)</source>
        <translation>%1: samples.data[%2]：栈 %3 不在 stackTable 中 (共 %4 个栈)</translation>
    </message>
    <message>
        <source>%1: samples.data[%2]: time %3 is out of range</source>
        <translation>%1: samples.data[%2]：时间 %3 超出范围</translation>
    </message>
    <message>
        <source>%1: the samples&apos; durations add up to more than 2^62 ns</source>
        <translation>%1: 样本的持续时间总和超过 2^62 ns</translation>
    </message>
    <message>
        <source>%1: processes nest deeper than 16 levels</source>
        <translation>%1: 进程嵌套超过 16 层</translation>
    </message>
    <message>
        <source>%1 is not a thread object</source>
        <translation>%1 不是线程对象</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array in &quot;profile&quot;</source>
        <translation>“profile” 中应有 “threads” 数组</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array</source>
        <translation>应为 “threads” 数组</translation>
    </message>
    <message>
        <source>no samples in any thread</source>
        <translation>所有线程都没有样本</translation>
    </message>
</context>
<context>
    <name>GhcProfImporter</name>
    <message>
        <source>cost_centres[%1] has no numeric &quot;id&quot;</source>
        <translation>cost_centres[%1] 没有数字 “id”</translation>
    </message>
    <message>
        <source>%1: cost centre %2 is not in cost_centres</source>
        <translation>%1: 开销中心 %2 不在 cost_centres 中</translation>
    </message>
    <message>
        <source>%1: &quot;children&quot; is not an array</source>
        <translation>%1: “children” 不是数组</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of 0 or more</source>
        <translation>%1: “%2” 不是大于等于 0 的数字</translation>
    </message>
    <message>
        <source>no &quot;cost_centres&quot; array</source>
        <translation>没有 “cost_centres” 数组</translation>
    </message>
    <message>
        <source>no &quot;profile&quot; object</source>
        <translation>没有 “profile” 对象</translation>
    </message>
    <message>
        <source>no positive &quot;tick_interval&quot;</source>
        <translation>没有正的 “tick_interval”</translation>
    </message>
    <message>
        <source>line %1: the tree has no ticks and bytes columns and the report gives no &quot;total time&quot; and &quot;total alloc&quot;</source>
        <translation>第 %1 行：树没有 ticks 和 bytes 列，报告中也没有 “total time” 和 “total alloc”</translation>
    </message>
    <message>
        <source>line %1: expected %2 columns, found %3</source>
        <translation>第 %1 行：应有 %2 列，实际为 %3 列</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a cost-centre row</source>
        <translation>第 %1 行：“%2” 不是开销中心行</translation>
    </message>
    <message>
        <source>line %1: %time or %alloc is not a percentage</source>
        <translation>第 %1 行：%time 或 %alloc 不是百分比</translation>
    </message>
    <message>
        <source>no cost-centre tree (a &quot;COST CENTRE ... no. entries&quot; header)</source>
        <translation>没有开销中心树 (“COST CENTRE ... no. entries” 表头)</translation>
    </message>
    <message>
        <source>the report has no ticks and bytes columns (+RTS -p rather than -P): cpu and alloc are estimated from the rounded percentages of %1 rows</source>
        <translation>报告没有 ticks 和 bytes 列 (用的是 +RTS -p 而不是 -P)：cpu 和 alloc 由 %1 行四舍五入后的百分比估算</translation>
    </message>
    <message>
        <source>%1: %2: no cost centre has ticks, allocation or entries</source>
        <translation>%1: %2: 没有任何开销中心有 ticks、分配或条目</translation>
    </message>
</context>
<context>
    <name>GzipStreamWriter</name>
    <message>
        <source>%1: zlib did not start</source>
        <translation>%1: zlib 未能启动</translation>
    </message>
    <message>
        <source>%1: deflate failed</source>
        <translation>%1: deflate 失败</translation>
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
    <name>ImportLimits</name>
    <message>
        <source>%1 (%2) exceeds the limit of %3; raise it with %4 if the input is trusted</source>
        <translation>%1 (%2) 超过了 %3 的上限；如果输入可信，请用 %4 提高上限</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>file: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>format: %1 (diff)</source>
        <translation>格式：%1 (差异)</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>sample types:</source>
        <translation>采样类型：</translation>
    </message>
    <message>
        <source>[default]</source>
        <translation>[默认]</translation>
    </message>
    <message>
        <source>nodes: %1</source>
        <translation>节点：%1</translation>
    </message>
    <message>
        <source>functions: %1</source>
        <translation>函数：%1</translation>
    </message>
    <message>
        <source>max depth: %1</source>
        <translation>最大深度：%1</translation>
    </message>
    <message>
        <source>time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>duration: %1</source>
        <translation>时长：%1</translation>
    </message>
    <message>
        <source>period: %1 (%2/%3)</source>
        <translation>周期：%1 (%2/%3)</translation>
    </message>
    <message>
        <source>spy: %1</source>
        <translation>spy：%1</translation>
    </message>
    <message>
        <source>sample rate: %1 Hz</source>
        <translation>采样率：%1 Hz</translation>
    </message>
    <message>
        <source>labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>sample label keys: %1</source>
        <translation>样本标签键：%1</translation>
    </message>
    <message>
        <source>comments:</source>
        <translation>注释：</translation>
    </message>
    <message>
        <source>warnings:</source>
        <translation>警告：</translation>
    </message>
</context>
<context>
    <name>InputStream</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开：%2</translation>
    </message>
    <message>
        <source>%1: cannot seek back: %2</source>
        <translation>%1: 无法回退：%2</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: 读取错误：%2</translation>
    </message>
    <message>
        <source>%1: %2: cannot initialise zlib</source>
        <translation>%1: %2: 无法初始化 zlib</translation>
    </message>
    <message>
        <source>%1: %2 data decompresses past %3 bytes: refusing a likely decompression bomb (--max-decompressed raises the limit)</source>
        <translation>%1: %2 数据解压后超过 %3 字节：拒绝可能的解压炸弹 (--max-decompressed 可提高上限)</translation>
    </message>
    <message>
        <source>%1: %2 data decompresses past %3 bytes: refusing a likely decompression bomb</source>
        <translation>%1: %2 数据解压后超过 %3 字节：拒绝可能的解压炸弹</translation>
    </message>
    <message>
        <source>%1: %2: corrupt compressed data at byte %3: %4</source>
        <translation>%1: %2: 第 %3 字节处的压缩数据已损坏：%4</translation>
    </message>
    <message>
        <source>%1: %2: truncated: the compressed data ends at byte %3 in the middle of a member</source>
        <translation>%1: %2: 已截断：压缩数据在第 %3 字节处结束，位于一个成员的中间</translation>
    </message>
    <message>
        <source>%1: %2: corrupt compressed data near byte %3: %4</source>
        <translation>%1: %2: 第 %3 字节附近的压缩数据已损坏：%4</translation>
    </message>
    <message>
        <source>%1: %2: truncated: the compressed data ends at byte %3 in the middle of a frame</source>
        <translation>%1: %2: 已截断：压缩数据在第 %3 字节处结束，位于一个帧的中间</translation>
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
    <name>InstrumentsImporter</name>
    <message>
        <source>weight &quot;%1 %2&quot; is out of range</source>
        <translation>权重 “%1 %2” 超出范围</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>未知单位 “%1”</translation>
    </message>
    <message>
        <source>%1: %2: line 1 is not a deep copy header (a weight column and &quot;Symbol Name&quot;)</source>
        <translation>%1: %2: 第 1 行不是 deep copy 表头 (一个权重列和 “Symbol Name”)</translation>
    </message>
    <message>
        <source>%1: %2: line %3: %4</source>
        <translation>%1: %2: 第 %3 行：%4</translation>
    </message>
    <message>
        <source>%1: %2: no rows under the header</source>
        <translation>%1: %2: 表头下面没有行</translation>
    </message>
    <message>
        <source>%1: %2: line %3 is indented %4 deep under a frame at depth %5</source>
        <translation>%1: %2: 第 %3 行缩进了 %4 层，而上方帧的深度为 %5</translation>
    </message>
</context>
<context>
    <name>JfrByteReader</name>
    <message>
        <source>truncated chunk: %1 bytes needed, %2 left</source>
        <translation>块已截断：需要 %1 字节，剩余 %2</translation>
    </message>
    <message>
        <source>%1 %2 is outside its chunk (bytes %3 to %4)</source>
        <translation>%1 %2 超出其所在的块 (字节 %3 到 %4)</translation>
    </message>
    <message>
        <source>truncated chunk inside a compressed integer</source>
        <translation>块在压缩整数中间截断</translation>
    </message>
    <message>
        <source>%1 %2 is more than the %3 bytes left in the chunk</source>
        <translation>%1 %2 超过块中剩余的 %3 字节</translation>
    </message>
    <message>
        <source>%1 of %2 bytes runs past the chunk (%3 left)</source>
        <translation>%2 字节的%1超出了块 (剩余 %3)</translation>
    </message>
    <message>
        <source>constant pool offset</source>
        <translation>常量池偏移</translation>
    </message>
    <message>
        <source>constant pool count</source>
        <translation>常量池数量</translation>
    </message>
    <message>
        <source>constant count</source>
        <translation>常量数量</translation>
    </message>
    <message>
        <source>constant offset</source>
        <translation>常量偏移</translation>
    </message>
    <message>
        <source>event offset</source>
        <translation>事件偏移</translation>
    </message>
    <message>
        <source>metadata attribute count</source>
        <translation>元数据属性数量</translation>
    </message>
    <message>
        <source>metadata child count</source>
        <translation>元数据子元素数量</translation>
    </message>
    <message>
        <source>metadata string count</source>
        <translation>元数据字符串数量</translation>
    </message>
    <message>
        <source>metadata string length</source>
        <translation>元数据字符串长度</translation>
    </message>
    <message>
        <source>metadata string</source>
        <translation>元数据字符串</translation>
    </message>
    <message>
        <source>metadata offset</source>
        <translation>元数据偏移</translation>
    </message>
    <message>
        <source>string length</source>
        <translation>字符串长度</translation>
    </message>
    <message>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>array length</source>
        <translation>数组长度</translation>
    </message>
</context>
<context>
    <name>JfrConstantPools</name>
    <message>
        <source>the constant pool chain comes back to the checkpoint at byte %1</source>
        <translation>常量池链回到了第 %1 字节处的检查点</translation>
    </message>
    <message>
        <source>checkpoint event size %1 runs past its chunk</source>
        <translation>检查点事件大小 %1 超出了其所在的块</translation>
    </message>
    <message>
        <source>the constant pool offset points at an event of type %1, not at a checkpoint (type 1)</source>
        <translation>常量池偏移指向类型为 %1 的事件，而不是检查点 (类型 1)</translation>
    </message>
    <message>
        <source>a constant pool of the undeclared type id %1</source>
        <translation>常量池的类型 id %1 未声明</translation>
    </message>
    <message>
        <source>checkpoint event runs past its size of %1 bytes</source>
        <translation>检查点事件超出了其 %1 字节的大小</translation>
    </message>
</context>
<context>
    <name>JfrImporter</name>
    <message>
        <source>%1: %2: no execution, allocation, lock or park events in %3 chunk(s)</source>
        <translation>%1: %2: %3 个块中没有执行、分配、锁或 park 事件</translation>
    </message>
</context>
<context>
    <name>JfrMetadata</name>
    <message>
        <source>metadata string index %1 is not one of its %2 strings</source>
        <translation>元数据字符串索引 %1 不在其 %2 个字符串之中</translation>
    </message>
    <message>
        <source>metadata nested deeper than %1</source>
        <translation>元数据嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>metadata event size %1 runs past its chunk</source>
        <translation>元数据事件大小 %1 超出了其所在的块</translation>
    </message>
    <message>
        <source>the metadata offset points at an event of type %1, not at the metadata event (type 0)</source>
        <translation>元数据偏移指向类型为 %1 的事件，而不是元数据事件 (类型 0)</translation>
    </message>
    <message>
        <source>metadata string with encoding %1</source>
        <translation>元数据字符串使用了编码 %1</translation>
    </message>
    <message>
        <source>the metadata&apos;s first element is &quot;%1&quot;, not &quot;root&quot;</source>
        <translation>元数据的第一个元素是 “%1”，而不是 “root”</translation>
    </message>
    <message>
        <source>metadata class id &quot;%1&quot; is not a number</source>
        <translation>元数据类 id “%1” 不是数字</translation>
    </message>
    <message>
        <source>metadata field class &quot;%1&quot; is not a number</source>
        <translation>元数据字段类 “%1” 不是数字</translation>
    </message>
    <message>
        <source>metadata declares class id %1 twice</source>
        <translation>元数据两次声明了类 id %1</translation>
    </message>
    <message>
        <source>the metadata event runs past its size of %1 bytes</source>
        <translation>元数据事件超出了其 %1 字节的大小</translation>
    </message>
    <message>
        <source>field %1.%2 has the undeclared type id %3</source>
        <translation>字段 %1.%2 的类型 id %3 未声明</translation>
    </message>
</context>
<context>
    <name>JfrRecordingReader</name>
    <message>
        <source>truncated chunk header: %1 of %2 bytes</source>
        <translation>块头已截断：%2 字节中只有 %1 字节</translation>
    </message>
    <message>
        <source>no chunk magic &quot;FLR\0&quot;</source>
        <translation>没有块标识 “FLR\0”</translation>
    </message>
    <message>
        <source>unsupported JFR version %1</source>
        <translation>不支持的 JFR 版本 %1</translation>
    </message>
    <message>
        <source>truncated chunk: its header says %1 bytes, %2 are left</source>
        <translation>块已截断：块头声明 %1 字节，只剩 %2 字节</translation>
    </message>
    <message>
        <source>constant pool offset %1 is outside its chunk of %2 bytes</source>
        <translation>常量池偏移 %1 超出了其 %2 字节的块</translation>
    </message>
    <message>
        <source>metadata offset %1 is outside its chunk of %2 bytes</source>
        <translation>元数据偏移 %1 超出了其 %2 字节的块</translation>
    </message>
    <message>
        <source>ticks per second %1 is not positive</source>
        <translation>每秒 tick 数 %1 不是正数</translation>
    </message>
    <message>
        <source>event size %1 runs past its chunk (%2 bytes left)</source>
        <translation>事件大小 %1 超出了其所在的块 (剩余 %2 字节)</translation>
    </message>
    <message>
        <source>event runs past its size of %1 bytes</source>
        <translation>事件超出了其 %1 字节的大小</translation>
    </message>
    <message>
        <source>%1: %2: %3 at byte %4</source>
        <translation>%1: %2: %3 (第 %4 字节)</translation>
    </message>
    <message>
        <source>%1: %2: out of memory</source>
        <translation>%1: %2: 内存不足</translation>
    </message>
    <message>
        <source>%1: %2: the file holds no chunk</source>
        <translation>%1: %2: 文件中没有块</translation>
    </message>
</context>
<context>
    <name>JfrValueReader</name>
    <message>
        <source>more values than a chunk of this size can hold (a loop of empty values?)</source>
        <translation>值的数量超过了这个大小的块所能容纳的 (空值循环？)</translation>
    </message>
    <message>
        <source>string with the unknown encoding %1</source>
        <translation>字符串使用了未知编码 %1</translation>
    </message>
    <message>
        <source>values nested deeper than %1</source>
        <translation>值嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a value of the undeclared type id %1</source>
        <translation>值的类型 id %1 未声明</translation>
    </message>
</context>
<context>
    <name>JsonImport</name>
    <message>
        <source>%1: %2: invalid JSON at byte %3: %4</source>
        <translation>%1: %2: 第 %3 字节处的 JSON 无效：%4</translation>
    </message>
    <message>
        <source>%1: %2: expected a JSON object at the top</source>
        <translation>%1: %2: 顶层应为 JSON 对象</translation>
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
    <name>LabelSelector</name>
    <message>
        <source>expected a quoted value at position %1</source>
        <translation>位置 %1 处应为带引号的值</translation>
    </message>
    <message>
        <source>unknown escape \%1 at position %2</source>
        <translation>位置 %2 处有未知转义 \%1</translation>
    </message>
    <message>
        <source>unterminated quoted value at position %1</source>
        <translation>位置 %1 处的带引号值未结束</translation>
    </message>
    <message>
        <source>expected a metric name or &apos;{&apos; at position %1</source>
        <translation>位置 %1 处应为指标名称或 &apos;{&apos;</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; at position %1</source>
        <translation>位置 %1 处应为 &apos;{&apos;</translation>
    </message>
    <message>
        <source>expected &apos;}&apos; at position %1</source>
        <translation>位置 %1 处应为 &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected a label name at position %1</source>
        <translation>位置 %1 处应为标签名称</translation>
    </message>
    <message>
        <source>expected =, !=, =~ or !~ at position %1</source>
        <translation>位置 %1 处应为 =、!=、=~ 或 !~</translation>
    </message>
    <message>
        <source>invalid regex at position %1: %2</source>
        <translation>位置 %1 处的正则表达式无效：%2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; at position %1</source>
        <translation>位置 %1 处应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>unexpected text after &apos;}&apos; at position %1</source>
        <translation>位置 %1 处 &apos;}&apos; 之后有多余文本</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: 文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL mode (%2)</source>
        <translation>%1: 无法切换到 WAL 模式 (%2)</translation>
    </message>
    <message>
        <source>%1: no profile to store</source>
        <translation>%1: 没有要存储的性能剖析文件</translation>
    </message>
    <message>
        <source>%1: %2 profile types for %3 sample types</source>
        <translation>%1: %2 个性能剖析类型对应 %3 个采样类型</translation>
    </message>
    <message>
        <source>%1: label name &quot;%2&quot; is not valid (letters, digits and _, not starting with a digit)</source>
        <translation>%1: 标签名称 “%2” 无效 (字母、数字和 _，且不能以数字开头)</translation>
    </message>
    <message>
        <source>%1: the profile ends before it starts</source>
        <translation>%1: 性能剖析文件在开始之前就结束了</translation>
    </message>
    <message>
        <source>%1: the profile has no sample type to store</source>
        <translation>%1: 性能剖析文件没有可存储的采样类型</translation>
    </message>
    <message>
        <source>%1: zstd could not compress the profile</source>
        <translation>%1: zstd 无法压缩该性能剖析文件</translation>
    </message>
    <message>
        <source>not a profile type: %1</source>
        <translation>不是性能剖析类型：%1</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>       %1 library add FILE... --service NAME [--label k=v]... [--at TIME] [--library FILE]
       %1 library ls [--json] [--library FILE]
       %1 library rm ID... [--library FILE]
</source>
        <translation>       %1 library add FILE... --service NAME [--label k=v]... [--at TIME] [--library FILE]
       %1 library ls [--json] [--library FILE]
       %1 library rm ID... [--library FILE]
</translation>
    </message>
    <message>
        <source>add, ls or rm?</source>
        <translation>add、ls 还是 rm？</translation>
    </message>
    <message>
        <source>The profile library: one SQLite file (default: %1).
</source>
        <translation>性能剖析库：一个 SQLite 文件 (默认：%1)。
</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; the actions are add, ls and rm</source>
        <translation>未知操作 “%1”；可用操作为 add、ls 和 rm</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>库文件 (默认：数据文件夹中的库)。</translation>
    </message>
    <message>
        <source>The service_name label of the profiles.</source>
        <translation>性能剖析文件的 service_name 标签。</translation>
    </message>
    <message>
        <source>A label of the profiles (repeatable).</source>
        <translation>性能剖析文件的一个标签 (可重复)。</translation>
    </message>
    <message>
        <source>When the profiles were taken: RFC 3339 or unix seconds (default: the profile&apos;s own time, else the file&apos;s modification time).</source>
        <translation>性能剖析数据的采集时间：RFC 3339 或 Unix 秒 (默认：性能剖析文件自身的时间，否则为文件的修改时间)。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而不是表格。</translation>
    </message>
    <message>
        <source>Profiles to add.</source>
        <translation>要添加的性能剖析文件。</translation>
    </message>
    <message>
        <source>Profiles to remove.</source>
        <translation>要删除的性能剖析文件。</translation>
    </message>
    <message>
        <source>takes no arguments, got &quot;%1&quot;</source>
        <translation>不接受参数，收到的是 “%1”</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>未指定文件</translation>
    </message>
    <message>
        <source>no id given</source>
        <translation>未指定 id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile id (see library ls)</source>
        <translation>“%1” 不是性能剖析文件 id (参见 library ls)</translation>
    </message>
    <message>
        <source>no service given (--service NAME)</source>
        <translation>未指定服务 (--service NAME)</translation>
    </message>
    <message>
        <source>--label wants name=value with a Prometheus label name (not starting with __), got &quot;%1&quot;</source>
        <translation>--label 需要 name=value，其中 name 为 Prometheus 标签名称 (不以 __ 开头)，收到的是 “%1”</translation>
    </message>
    <message>
        <source>--at wants RFC 3339 (2024-05-01T12:00:00Z) or unix seconds, got &quot;%1&quot;</source>
        <translation>--at 需要 RFC 3339 (2024-05-01T12:00:00Z) 或 Unix 秒，收到的是 “%1”</translation>
    </message>
    <message>
        <source>added %1: %2 (%3)</source>
        <translation>已添加 %1：%2 (%3)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>LABELS</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>removed %1 of %2</source>
        <translation>已删除 %2 个中的 %1 个</translation>
    </message>
    <message>
        <source>%1: %2 of the ids are not in the library</source>
        <translation>%1: 其中 %2 个 id 不在库中</translation>
    </message>
</context>
<context>
    <name>LibrarySchema</name>
    <message>
        <source>%1: not a Pyrograph library (%2)</source>
        <translation>%1: 不是 Pyrograph 库 (%2)</translation>
    </message>
    <message>
        <source>it holds %1 tables of another program</source>
        <translation>其中有 %1 个属于其他程序的表</translation>
    </message>
    <message>
        <source>%1: made by a newer Pyrograph (schema version %2, this one reads up to %3)</source>
        <translation>%1: 由较新的 Pyrograph 创建 (架构版本 %2，本版本最多读取到 %3)</translation>
    </message>
</context>
<context>
    <name>LimitOptions</name>
    <message>
        <source>Refuse a profile of more call tree nodes (default %1).</source>
        <translation>拒绝调用树节点数超过此值的性能剖析文件 (默认 %1)。</translation>
    </message>
    <message>
        <source>Refuse a stack of more frames (default %1).</source>
        <translation>拒绝帧数超过此值的栈 (默认 %1)。</translation>
    </message>
    <message>
        <source>Refuse a frame name longer than this, in bytes (default %1).</source>
        <translation>拒绝长于此值的帧名称，单位为字节 (默认 %1)。</translation>
    </message>
    <message>
        <source>Refuse a profile of more sample types (default %1).</source>
        <translation>拒绝采样类型多于此值的性能剖析文件 (默认 %1)。</translation>
    </message>
    <message>
        <source>Refuse gzip or zstd input that inflates past this many bytes (default %1).</source>
        <translation>拒绝解压后超过此字节数的 gzip 或 zstd 输入 (默认 %1)。</translation>
    </message>
    <message>
        <source>--%1 wants a whole number above 0, got &quot;%2&quot;</source>
        <translation>--%1 需要大于 0 的整数，收到的是 “%2”</translation>
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
    <name>PapyrusImporter</name>
    <message>
        <source>%1: %2: no profiler events</source>
        <translation>%1: %2: 没有性能剖析器事件</translation>
    </message>
    <message>
        <source>%1: %2: line %3 does not start with a time in milliseconds</source>
        <translation>%1: %2: 第 %3 行不是以毫秒时间开头</translation>
    </message>
    <message>
        <source>%1: %2: line %3 goes back in time (%4 after %5)</source>
        <translation>%1: %2: 第 %3 行的时间倒退了 (%5 之后是 %4)</translation>
    </message>
    <message>
        <source>%1: %2: no PUSH, POP or QUEUE_PUSH events</source>
        <translation>%1: %2: 没有 PUSH、POP 或 QUEUE_PUSH 事件</translation>
    </message>
</context>
<context>
    <name>PerfProfileMerger</name>
    <message>
        <source>skipped %1 unrecognized line (first: line %2)</source>
        <translation>跳过了 %1 个无法识别的行 (第一个：第 %2 行)</translation>
    </message>
    <message>
        <source>skipped %1 unrecognized lines (first: line %2)</source>
        <translation>跳过了 %1 个无法识别的行 (第一个：第 %2 行)</translation>
    </message>
    <message>
        <source>events: each is a sample type; %1 is the default</source>
        <translation>事件：每个都是一种采样类型；默认为 %1</translation>
    </message>
</context>
<context>
    <name>PerfScriptImporter</name>
    <message>
        <source>%1: %2: no samples found (expected `comm pid time: period event:` lines followed by stack frames)</source>
        <translation>%1: %2: 未找到样本 (应为 `comm pid time: period event:` 行，后跟栈帧)</translation>
    </message>
</context>
<context>
    <name>PmcstatImporter</name>
    <message>
        <source>%1: %2: no &quot;@ EVENT [N samples]&quot; header</source>
        <translation>%1: %2: 没有 “@ EVENT [N samples]” 表头</translation>
    </message>
    <message>
        <source>%1: %2: no call graph lines under the event header</source>
        <translation>%1: %2: 事件表头下没有调用图行</translation>
    </message>
    <message>
        <source>skipped %1 line that is not a %2 call graph line (first at line %3)</source>
        <translation>跳过了 %1 个不是 %2 调用图行的行 (第一个在第 %3 行)</translation>
    </message>
    <message>
        <source>skipped %1 lines that are not a %2 call graph line (first at line %3)</source>
        <translation>跳过了 %1 个不是 %2 调用图行的行 (第一个在第 %3 行)</translation>
    </message>
</context>
<context>
    <name>PprofError</name>
    <message>
        <source>the string table is empty (string_table[0] must be &quot;&quot;)</source>
        <translation>字符串表为空 (string_table[0] 必须为 &quot;&quot;)</translation>
    </message>
    <message>
        <source>string_table[0] is not empty</source>
        <translation>string_table[0] 不为空</translation>
    </message>
    <message>
        <source>the profile has no sample types</source>
        <translation>性能剖析文件没有采样类型</translation>
    </message>
    <message>
        <source>duplicate function id %1</source>
        <translation>重复的函数 id %1</translation>
    </message>
    <message>
        <source>location id 0 (ids must be nonzero)</source>
        <translation>位置 id 为 0 (id 必须非零)</translation>
    </message>
    <message>
        <source>duplicate location id %1</source>
        <translation>重复的位置 id %1</translation>
    </message>
    <message>
        <source>function id 0 (ids must be nonzero)</source>
        <translation>函数 id 为 0 (id 必须非零)</translation>
    </message>
    <message>
        <source>location %1 refers to function id %2, which does not exist</source>
        <translation>位置 %1 引用了不存在的函数 id %2</translation>
    </message>
    <message>
        <source>default_sample_type &quot;%1&quot; is not a sample type; using the last one</source>
        <translation>default_sample_type “%1” 不是采样类型；改用最后一个</translation>
    </message>
    <message>
        <source>string index %1 out of range (the table has %2 strings)</source>
        <translation>字符串索引 %1 超出范围 (表中有 %2 个字符串)</translation>
    </message>
    <message>
        <source>sample has %1 values for %2 sample types</source>
        <translation>样本有 %1 个值，但有 %2 个采样类型</translation>
    </message>
    <message>
        <source>sample refers to location id %1, which does not exist</source>
        <translation>样本引用了不存在的位置 id %1</translation>
    </message>
    <message>
        <source>larger than 2 GiB, which libprotobuf cannot parse</source>
        <translation>大于 2 GiB，libprotobuf 无法解析</translation>
    </message>
    <message>
        <source>not a valid Profile message (libprotobuf could not parse it)</source>
        <translation>不是有效的 Profile 消息 (libprotobuf 无法解析)</translation>
    </message>
    <message>
        <source>truncated varint</source>
        <translation>varint 已截断</translation>
    </message>
    <message>
        <source>malformed varint (more than 10 bytes)</source>
        <translation>格式错误的 varint (超过 10 字节)</translation>
    </message>
    <message>
        <source>invalid field number %1</source>
        <translation>无效的字段编号 %1</translation>
    </message>
    <message>
        <source>field length %1 runs past the end of its message (%2 bytes left)</source>
        <translation>字段长度 %1 超出了其消息的结尾 (剩余 %2 字节)</translation>
    </message>
    <message>
        <source>truncated fixed-size field</source>
        <translation>固定长度字段已截断</translation>
    </message>
    <message>
        <source>unsupported wire type %1</source>
        <translation>不支持的线路类型 %1</translation>
    </message>
</context>
<context>
    <name>PprofImporter</name>
    <message>
        <source>%1: %2: %3 at byte %4</source>
        <translation>%1: %2: %3 (第 %4 字节)</translation>
    </message>
    <message>
        <source>%1: %2: out of memory</source>
        <translation>%1: %2: 内存不足</translation>
    </message>
</context>
<context>
    <name>PprofWriter</name>
    <message>
        <source>%1: could not compress the profile</source>
        <translation>%1: 无法压缩该性能剖析文件</translation>
    </message>
</context>
<context>
    <name>ProfileBlob</name>
    <message>
        <source>stored profile: not a zstd frame of known size</source>
        <translation>已存储的性能剖析文件：不是已知大小的 zstd 帧</translation>
    </message>
    <message>
        <source>stored profile: zstd: %1</source>
        <translation>已存储的性能剖析文件：zstd：%1</translation>
    </message>
    <message>
        <source>stored profile: corrupt %1</source>
        <translation>已存储的性能剖析文件：%1 已损坏</translation>
    </message>
    <message>
        <source>header (unknown version)</source>
        <translation>头部 (未知版本)</translation>
    </message>
    <message>
        <source>names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>tree (depth)</source>
        <translation>树 (深度)</translation>
    </message>
    <message>
        <source>tree (name)</source>
        <translation>树 (名称)</translation>
    </message>
    <message>
        <source>values</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>ProfileBuilder</name>
    <message>
        <source>the number of sample types</source>
        <translation>采样类型的数量</translation>
    </message>
    <message>
        <source>a frame name of %1 bytes</source>
        <translation>%1 字节的帧名称</translation>
    </message>
    <message>
        <source>the values of a sample type add up past %1, more than a 64-bit total can hold safely: the file&apos;s counts are not real</source>
        <translation>某个采样类型的值之和超过 %1，超出了 64 位总计能安全容纳的范围：文件中的计数不真实</translation>
    </message>
    <message>
        <source>a stack of %1 frames</source>
        <translation>%1 帧的栈</translation>
    </message>
    <message>
        <source>the call tree&apos;s node count</source>
        <translation>调用树的节点数</translation>
    </message>
</context>
<context>
    <name>ProfileExporter</name>
    <message>
        <source>collapsed stacks, root first (flamegraph.pl)</source>
        <translation>折叠栈，根在前 (flamegraph.pl)</translation>
    </message>
    <message>
        <source>Pyroscope flamebearer JSON</source>
        <translation>Pyroscope flamebearer JSON</translation>
    </message>
    <message>
        <source>gzipped pprof, every sample type</source>
        <translation>gzip 压缩的 pprof，包含所有采样类型</translation>
    </message>
    <message>
        <source>speedscope&apos;s file format, every sample type</source>
        <translation>speedscope 文件格式，包含所有采样类型</translation>
    </message>
    <message>
        <source>interactive SVG flamegraph (zoom, search; flamegraph.pl&apos;s --width, --minwidth)</source>
        <translation>交互式 SVG 火焰图 (缩放、搜索；flamegraph.pl 的 --width、--minwidth)</translation>
    </message>
    <message>
        <source>self-contained interactive HTML page (flamegraph, search, function table)</source>
        <translation>独立的交互式 HTML 页面 (火焰图、搜索、函数表)</translation>
    </message>
    <message>
        <source>PNG picture of the flamegraph (--width, --height, --scale)</source>
        <translation>火焰图的 PNG 图片 (--width、--height、--scale)</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>未知的导出格式</translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <source>%1: the input is empty</source>
        <translation>%1: 输入为空</translation>
    </message>
    <message>
        <source>%1: unrecognised format (tried %2)</source>
        <translation>%1: 无法识别的格式 (已尝试：%2)</translation>
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
    <name>SafariTimelineImporter</name>
    <message>
        <source>expected recording.sampleStackTraces and recording.sampleDurations arrays</source>
        <translation>应为 recording.sampleStackTraces 和 recording.sampleDurations 数组</translation>
    </message>
    <message>
        <source>the recording has no samples (record with the JavaScript &amp; Events timeline on)</source>
        <translation>记录中没有样本 (请打开 “JavaScript &amp; Events” 时间线后再记录)</translation>
    </message>
    <message>
        <source>%1 samples but %2 sampleDurations</source>
        <translation>%1 个样本，但有 %2 个 sampleDurations</translation>
    </message>
    <message>
        <source>sample %1 has no stackFrames array or no timestamp</source>
        <translation>样本 %1 没有 stackFrames 数组或没有时间戳</translation>
    </message>
    <message>
        <source>sampleDurations[%1] is not a duration</source>
        <translation>sampleDurations[%1] 不是时长</translation>
    </message>
</context>
<context>
    <name>SampleDurations</name>
    <message>
        <source>%1 samples came before the previous one of their thread; they count 0 time</source>
        <translation>%1 个样本早于其线程的前一个样本；它们计为 0 时间</translation>
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
    <name>ScrapeCommand</name>
    <message>
        <source>Take one profile from a Go program&apos;s net/http/pprof (URL: http://host:port) and write it to OUT, in the format its extension names.</source>
        <translation>从 Go 程序的 net/http/pprof (URL：http://host:port) 抓取一个性能剖析文件，并按扩展名所指的格式写入 OUT。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>The profile: %1 (default cpu).</source>
        <translation>性能剖析类型：%1 (默认 cpu)。</translation>
    </message>
    <message>
        <source>cpu: how long to profile (default 10).</source>
        <translation>cpu：剖析的时长 (默认 10)。</translation>
    </message>
    <message>
        <source>The file to write; its extension picks the format.</source>
        <translation>要写入的文件；其扩展名决定格式。</translation>
    </message>
    <message>
        <source>The target, http://host:port.</source>
        <translation>目标，http://host:port。</translation>
    </message>
    <message>
        <source>wants one URL, got %1</source>
        <translation>需要一个 URL，收到 %1 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http://host:port URL</source>
        <translation>“%1” 不是 http://host:port 形式的 URL</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not one of %2</source>
        <translation>--type：“%1” 不是 %2 之一</translation>
    </message>
    <message>
        <source>--seconds wants a positive number, got &quot;%1&quot;</source>
        <translation>--seconds 需要正数，收到的是 “%1”</translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation>未指定输出文件 (-o OUT)</translation>
    </message>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: 未知的导出格式；支持的扩展名为：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes (%3), wrote %4</source>
        <translation>%1: %2 字节 (%3)，已写入 %4</translation>
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
    <name>SearchQuery</name>
    <message>
        <source>%1 (at offset %2)</source>
        <translation>%1 (位于偏移 %2)</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Serve Grafana Pyroscope&apos;s API (ingest, push, query) over a profile library until interrupted.</source>
        <translation>在性能剖析库之上提供 Grafana Pyroscope 的 API (接收、推送、查询)，直到被中断。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1:4040; port 0: any free port).</source>
        <translation>监听地址 (默认 127.0.0.1:4040；端口 0：任意空闲端口)。</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>库文件 (默认：数据文件夹中的库)。</translation>
    </message>
    <message>
        <source>The largest request body taken, in bytes (default 16 MiB).</source>
        <translation>接受的最大请求正文，单位为字节 (默认 16 MiB)。</translation>
    </message>
    <message>
        <source>How long profiles are kept: 7d, 12h, 30m (default 7d).</source>
        <translation>性能剖析文件的保留时长：7d、12h、30m (默认 7d)。</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer TOKEN&quot; on every request.</source>
        <translation>每个请求都要求带 “Authorization: Bearer TOKEN”。</translation>
    </message>
    <message>
        <source>Allow a non-loopback --listen without --token.</source>
        <translation>允许在没有 --token 的情况下使用非回环的 --listen。</translation>
    </message>
    <message>
        <source>Scrape the targets of FILE&apos;s scrape-configs (Pyroscope&apos;s pull mode; state at GET /targets).</source>
        <translation>抓取 FILE 中 scrape-configs 的目标 (Pyroscope 的拉取模式；状态见 GET /targets)。</translation>
    </message>
    <message>
        <source>Connections served at once; more are answered 503 (default %1).</source>
        <translation>同时服务的连接数；超出的连接返回 503 (默认 %1)。</translation>
    </message>
    <message>
        <source>This subcommand.</source>
        <translation>此子命令。</translation>
    </message>
    <message>
        <source>takes no files, got &quot;%1&quot;</source>
        <translation>不接受文件，收到的是 “%1”</translation>
    </message>
    <message>
        <source>--max-body wants a number of bytes, got &quot;%1&quot;</source>
        <translation>--max-body 需要字节数，收到的是 “%1”</translation>
    </message>
    <message>
        <source>--max-connections wants a number above 0, got &quot;%1&quot;</source>
        <translation>--max-connections 需要大于 0 的数，收到的是 “%1”</translation>
    </message>
    <message>
        <source>--retention wants a duration such as 7d, 12h or 30m, got &quot;%1&quot;</source>
        <translation>--retention 需要 7d、12h 或 30m 这样的时长，收到的是 “%1”</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>scraping %1 target of %2 (state: GET /targets)</source>
        <translation>正在抓取 %2 中的 %1 个目标 (状态：GET /targets)</translation>
    </message>
    <message>
        <source>scraping %1 targets of %2 (state: GET /targets)</source>
        <translation>正在抓取 %2 中的 %1 个目标 (状态：GET /targets)</translation>
    </message>
    <message>
        <source>interrupted, stopping after %1 profiles received</source>
        <translation>已中断，在收到 %1 个性能剖析文件后停止</translation>
    </message>
    <message>
        <source>terminated, stopping after %1 profiles received</source>
        <translation>已终止，在收到 %1 个性能剖析文件后停止</translation>
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
    <name>SpeedscopeImporter</name>
    <message>
        <source>%1 samples but %2 weights</source>
        <translation>%1 个样本，但有 %2 个权重</translation>
    </message>
    <message>
        <source>sample %1 is not an array of frame indices</source>
        <translation>样本 %1 不是帧索引数组</translation>
    </message>
    <message>
        <source>sample %1 refers to frame %2, but there are %3 frames</source>
        <translation>样本 %1 引用了帧 %2，但只有 %3 个帧</translation>
    </message>
    <message>
        <source>weight %1 is not a number</source>
        <translation>权重 %1 不是数字</translation>
    </message>
    <message>
        <source>event %1 has no time (&quot;at&quot;)</source>
        <translation>事件 %1 没有时间 (“at”)</translation>
    </message>
    <message>
        <source>event %1 refers to frame %2, but there are %3 frames</source>
        <translation>事件 %1 引用了帧 %2，但只有 %3 个帧</translation>
    </message>
    <message>
        <source>event %1 goes back in time (at %2 after %3)</source>
        <translation>事件 %1 的时间倒退了 (%3 之后是 %2)</translation>
    </message>
    <message>
        <source>event %1 closes frame %2, but %3 is open</source>
        <translation>事件 %1 关闭了帧 %2，但打开的是 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>event %1 has type &quot;%2&quot; (expected &quot;O&quot; or &quot;C&quot;)</source>
        <translation>事件 %1 的类型为 “%2” (应为 “O” 或 “C”)</translation>
    </message>
    <message>
        <source>frame %1 opened at %2 is never closed</source>
        <translation>在 %2 打开的帧 %1 从未关闭</translation>
    </message>
    <message>
        <source>no profiles (&quot;profiles&quot; is missing or empty)</source>
        <translation>没有性能剖析数据 (“profiles” 缺失或为空)</translation>
    </message>
    <message>
        <source>frame %1 has no name</source>
        <translation>帧 %1 没有名称</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; (expected &quot;sampled&quot; or &quot;evented&quot;)</source>
        <translation>类型 “%1” (应为 “sampled” 或 “evented”)</translation>
    </message>
    <message>
        <source>profile %1 (%2): %3</source>
        <translation>性能剖析 %1 (%2)：%3</translation>
    </message>
    <message>
        <source>rounded %1 fractional weights to whole numbers</source>
        <translation>将 %1 个小数权重取整为整数</translation>
    </message>
</context>
<context>
    <name>StackprofImporter</name>
    <message>
        <source>no &quot;mode&quot;</source>
        <translation>没有 “mode”</translation>
    </message>
    <message>
        <source>no &quot;raw&quot; stacks (record with raw: true)</source>
        <translation>没有 “raw” 栈 (请用 raw: true 记录)</translation>
    </message>
    <message>
        <source>raw[%1]: a stack of %2 frames does not fit in raw</source>
        <translation>raw[%1]：%2 帧的栈放不进 raw</translation>
    </message>
    <message>
        <source>raw[%1]: frame %2 is not in &quot;frames&quot;</source>
        <translation>raw[%1]：帧 %2 不在 “frames” 中</translation>
    </message>
    <message>
        <source>raw[%1]: the sample count is not a number</source>
        <translation>raw[%1]：样本数不是数字</translation>
    </message>
    <message>
        <source>raw[%1]: %2 samples but only %3 raw_timestamp_deltas left</source>
        <translation>raw[%1]：%2 个样本，但只剩 %3 个 raw_timestamp_deltas</translation>
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
    <name>TimelineCommand</name>
    <message>
        <source>--step too small for the range: over 1,000,000 points</source>
        <translation>--step 对该范围来说太小：超过 1,000,000 个点</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>序列 %1</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>TimelineQuery</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: not a time: &quot;%2&quot; (now-1h, unix seconds or milliseconds, RFC 3339)</source>
        <translation>%1: 不是时间：“%2” (now-1h、Unix 秒或毫秒、RFC 3339)</translation>
    </message>
    <message>
        <source>--from is after --until</source>
        <translation>--from 晚于 --until</translation>
    </message>
    <message>
        <source>%1: no profile type given (--query &apos;TYPE{...}&apos;); the profile types are: %2</source>
        <translation>%1: 未指定性能剖析类型 (--query &apos;TYPE{...}&apos;)；可用的性能剖析类型为：%2</translation>
    </message>
    <message>
        <source>%1: no single profile type &quot;%2&quot;; the profile types are: %3</source>
        <translation>%1: 没有唯一的性能剖析类型 “%2”；可用的性能剖析类型为：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: want FROM..UNTIL</source>
        <translation>“%1”：应为 FROM..UNTIL</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: want FROM..UNTIL, two times (now-1h, unix seconds or milliseconds, RFC 3339), the first not after the second</source>
        <translation>“%1”：应为 FROM..UNTIL，即两个时间 (now-1h、Unix 秒或毫秒、RFC 3339)，且第一个不晚于第二个</translation>
    </message>
</context>
<context>
    <name>TimelineSources</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 没有这个文件</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>未指定来源</translation>
    </message>
    <message>
        <source>%1: a library is a source of its own, not one of several files</source>
        <translation>%1: 库本身就是一个来源，不能作为多个文件之一</translation>
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
    <name>TopCommand</name>
    <message>
        <source>format: %1, sample type: %2/%3, total: %4, functions: %5 (showing %6)</source>
        <translation>格式：%1，采样类型：%2/%3，总计：%4，函数：%5 (显示 %6 个)</translation>
    </message>
    <message>
        <source>format: %1, sample type: %2/%3, total: %4, functions: %5</source>
        <translation>格式：%1，采样类型：%2/%3，总计：%4，函数：%5</translation>
    </message>
    <message>
        <source>self</source>
        <translation>自身</translation>
    </message>
    <message>
        <source>self%</source>
        <translation>自身%</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>total%</source>
        <translation>总计%</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>Transforms</name>
    <message>
        <source>no profiles to merge</source>
        <translation>没有要合并的性能剖析文件</translation>
    </message>
    <message>
        <source>profile %1 is missing</source>
        <translation>缺少性能剖析文件 %1</translation>
    </message>
    <message>
        <source>cannot merge: %1 has sample types %2, but %3 has %4</source>
        <translation>无法合并：%1 的采样类型为 %2，而 %3 的为 %4</translation>
    </message>
</context>
<context>
    <name>V8ProfLogImporter</name>
    <message>
        <source>this is a raw isolate log, which needs V8&apos;s tick processor to resolve its code addresses; preprocess it first with `node --prof-process --preprocess %1 &gt; profile.v8log.json` and open that</source>
        <translation>这是原始的 isolate 日志，需要 V8 的 tick processor 来解析其代码地址；请先用 `node --prof-process --preprocess %1 &gt; profile.v8log.json` 预处理，再打开结果</translation>
    </message>
    <message>
        <source>expected &quot;code&quot; and &quot;ticks&quot; arrays (the output of node --prof-process --preprocess)</source>
        <translation>应为 “code” 和 “ticks” 数组 (node --prof-process --preprocess 的输出)</translation>
    </message>
    <message>
        <source>tick %1 has no &quot;tm&quot; time or no &quot;s&quot; stack</source>
        <translation>tick %1 没有 “tm” 时间或没有 “s” 栈</translation>
    </message>
    <message>
        <source>tick %1: stack entry %2 is not a number</source>
        <translation>tick %1：栈条目 %2 不是数字</translation>
    </message>
    <message>
        <source>tick %1: stack entry %2 is %3</source>
        <translation>tick %1：栈条目 %2 为 %3</translation>
    </message>
    <message>
        <source>the log has no ticks</source>
        <translation>日志中没有 tick</translation>
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
