<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="159" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="171" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="172" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="173" />
            <source>&amp;Import statement…</source>
            <translation>导入结单(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="174" />
            <source>Open the &amp;example</source>
            <translation>打开示例(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="175" />
            <source>&amp;Recent files</source>
            <translation>最近的文件(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="177" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="178" />
            <source>Save &amp;as…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="179" />
            <source>&amp;Export results (CSV)…</source>
            <translation>导出结果 (CSV)(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="181" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="184" />
            <source>&amp;Scheme</source>
            <translation>杠杆方案(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="186" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="187" />
            <source>&amp;Save as my preset…</source>
            <translation>另存为我的预设(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="188" />
            <source>&amp;My presets…</source>
            <translation>我的预设(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="195" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="196" />
            <source>&amp;About fxmargin</source>
            <translation>关于 fxmargin(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="202" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="222" />
            <source>fxmargin will speak {language} from its next start.</source>
            <translation>fxmargin 下次启动时将使用{language}。</translation>
        </message>
    </context>
</TS>
