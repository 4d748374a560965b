<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="171"/>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>&amp;Import statement…</source>
        <translation>&amp;Nhập sao kê…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="174"/>
        <source>Open the &amp;example</source>
        <translation>Mở &amp;ví dụ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175"/>
        <source>&amp;Recent files</source>
        <translation>Tệp &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="177"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>Save &amp;as…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="179"/>
        <source>&amp;Export results (CSV)…</source>
        <translation>&amp;Xuất kết quả (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184"/>
        <source>&amp;Scheme</source>
        <translation>&amp;Biểu đòn bẩy</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="187"/>
        <source>&amp;Save as my preset…</source>
        <translation>&amp;Lưu thành mẫu của tôi…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188"/>
        <source>&amp;My presets…</source>
        <translation>&amp;Mẫu của tôi…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>&amp;About fxmargin</source>
        <translation>&amp;Giới thiệu fxmargin</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="202"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="222"/>
        <source>fxmargin will speak {language} from its next start.</source>
        <translation>fxmargin sẽ dùng {language} từ lần khởi động tới.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="27"/>
        <source>Balance</source>
        <translation>Số dư</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="30"/>
        <source>Floating P/L</source>
        <translation>Lãi/lỗ thả nổi</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="34"/>
        <source>Equity</source>
        <translation>Vốn chủ sở hữu</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="37"/>
        <source>Margin</source>
        <translation>Ký quỹ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="43"/>
        <source>Margin basis</source>
        <translation>Cơ sở tính ký quỹ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="47"/>
        <source>Free margin</source>
        <translation>Ký quỹ khả dụng</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="50"/>
        <source>Margin level</source>
        <translation>Mức ký quỹ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="55"/>
        <source>Leverage</source>
        <translation>Đòn bẩy</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="60"/>
        <source>Margin call / stop out</source>
        <translation>Gọi ký quỹ / dừng lỗ bắt buộc</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="69"/>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="86"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="121"/>
        <source>Margin call and stop-out prices</source>
        <translation>Giá gọi ký quỹ và dừng lỗ bắt buộc</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="129"/>
        <source>Moving</source>
        <translation>Mã biến động</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="142"/>
        <source>Margin call</source>
        <translation>Gọi ký quỹ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="143"/>
        <source>Stop out</source>
        <translation>Dừng lỗ bắt buộc</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="146"/>
        <source>Spread widening (rollover, news)</source>
        <translation>Giãn chênh lệch (qua đêm, tin tức)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="160"/>
        <source>Spread now</source>
        <translation>Chênh lệch hiện tại</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="161"/>
        <source>Margin call at</source>
        <translation>Gọi ký quỹ tại</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="162"/>
        <source>Stop out at</source>
        <translation>Dừng lỗ bắt buộc tại</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="165"/>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
</TS>
