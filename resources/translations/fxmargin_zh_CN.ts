<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="171"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>&amp;Import statement…</source>
        <translation>导入结单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="174"/>
        <source>Open the &amp;example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175"/>
        <source>&amp;Recent files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="177"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="179"/>
        <source>&amp;Export results (CSV)…</source>
        <translation>导出结果 (CSV)(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184"/>
        <source>&amp;Scheme</source>
        <translation>杠杆方案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="187"/>
        <source>&amp;Save as my preset…</source>
        <translation>另存为我的预设(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188"/>
        <source>&amp;My presets…</source>
        <translation>我的预设(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>&amp;About fxmargin</source>
        <translation>关于 fxmargin(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="202"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="222"/>
        <source>fxmargin will speak {language} from its next start.</source>
        <translation>fxmargin 下次启动时将使用{language}。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="27"/>
        <source>Balance</source>
        <translation>结余</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="30"/>
        <source>Floating P/L</source>
        <translation>浮动盈亏</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="34"/>
        <source>Equity</source>
        <translation>净值</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="37"/>
        <source>Margin</source>
        <translation>预付款</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="43"/>
        <source>Margin basis</source>
        <translation>预付款计算价格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="47"/>
        <source>Free margin</source>
        <translation>可用预付款</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="50"/>
        <source>Margin level</source>
        <translation>预付款比例</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="55"/>
        <source>Leverage</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="60"/>
        <source>Margin call / stop out</source>
        <translation>追加预付款 / 强制平仓</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="69"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="86"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="121"/>
        <source>Margin call and stop-out prices</source>
        <translation>追加预付款和强制平仓价格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="129"/>
        <source>Moving</source>
        <translation>变动品种</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="142"/>
        <source>Margin call</source>
        <translation>追加预付款</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="143"/>
        <source>Stop out</source>
        <translation>强制平仓</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="146"/>
        <source>Spread widening (rollover, news)</source>
        <translation>点差扩大(隔夜、新闻)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="160"/>
        <source>Spread now</source>
        <translation>当前点差</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="161"/>
        <source>Margin call at</source>
        <translation>追加预付款于</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="162"/>
        <source>Stop out at</source>
        <translation>强制平仓于</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="165"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
</TS>
