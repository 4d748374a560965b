<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="159" />
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="171" />
            <source>&amp;New</source>
            <translation>&amp;Mới</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="172" />
            <source>&amp;Open…</source>
            <translation>&amp;Mở…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="173" />
            <source>&amp;Import statement…</source>
            <translation>&amp;Nhập sao kê…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="174" />
            <source>Open the &amp;example</source>
            <translation>Mở &amp;ví dụ</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="175" />
            <source>&amp;Recent files</source>
            <translation>Tệp &amp;gần đây</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="177" />
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="178" />
            <source>Save &amp;as…</source>
            <translation>Lưu &amp;thành…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="179" />
            <source>&amp;Export results (CSV)…</source>
            <translation>&amp;Xuất kết quả (CSV)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="181" />
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="184" />
            <source>&amp;Scheme</source>
            <translation>&amp;Biểu đòn bẩy</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="186" />
            <source>&amp;Edit…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="187" />
            <source>&amp;Save as my preset…</source>
            <translation>&amp;Lưu thành mẫu của tôi…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="188" />
            <source>&amp;My presets…</source>
            <translation>&amp;Mẫu của tôi…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="195" />
            <source>&amp;Help</source>
            <translation>&amp;Trợ giúp</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="196" />
            <source>&amp;About fxmargin</source>
            <translation>&amp;Giới thiệu fxmargin</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="202" />
            <source>&amp;Language</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="222" />
            <source>fxmargin will speak {language} from its next start.</source>
            <translation>fxmargin sẽ dùng {language} từ lần khởi động tới.</translation>
        </message>
    </context>
</TS>
