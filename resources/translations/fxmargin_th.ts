<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="171"/>
        <source>&amp;New</source>
        <translation>ใหม่(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172"/>
        <source>&amp;Open…</source>
        <translation>เปิด(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>&amp;Import statement…</source>
        <translation>นำเข้ารายงานบัญชี(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="174"/>
        <source>Open the &amp;example</source>
        <translation>เปิดตัวอย่าง(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175"/>
        <source>&amp;Recent files</source>
        <translation>ไฟล์ล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="177"/>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>Save &amp;as…</source>
        <translation>บันทึกเป็น(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="179"/>
        <source>&amp;Export results (CSV)…</source>
        <translation>ส่งออกผลลัพธ์ (CSV)(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184"/>
        <source>&amp;Scheme</source>
        <translation>รูปแบบเลเวอเรจ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="187"/>
        <source>&amp;Save as my preset…</source>
        <translation>บันทึกเป็นค่าที่ตั้งไว้ของฉัน(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188"/>
        <source>&amp;My presets…</source>
        <translation>ค่าที่ตั้งไว้ของฉัน(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>&amp;About fxmargin</source>
        <translation>เกี่ยวกับ fxmargin(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="202"/>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="222"/>
        <source>fxmargin will speak {language} from its next start.</source>
        <translation>fxmargin จะใช้{language}ตั้งแต่การเปิดครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="27"/>
        <source>Balance</source>
        <translation>ยอดคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="30"/>
        <source>Floating P/L</source>
        <translation>กำไร/ขาดทุนลอยตัว</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="34"/>
        <source>Equity</source>
        <translation>มูลค่าสุทธิ (Equity)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="37"/>
        <source>Margin</source>
        <translation>มาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="43"/>
        <source>Margin basis</source>
        <translation>ราคาที่ใช้คิดมาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="47"/>
        <source>Free margin</source>
        <translation>มาร์จิ้นคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="50"/>
        <source>Margin level</source>
        <translation>ระดับมาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="55"/>
        <source>Leverage</source>
        <translation>เลเวอเรจ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="60"/>
        <source>Margin call / stop out</source>
        <translation>Margin call / Stop out</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="69"/>
        <source>Results</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="86"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="121"/>
        <source>Margin call and stop-out prices</source>
        <translation>ราคาที่เกิด Margin call และ Stop out</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="129"/>
        <source>Moving</source>
        <translation>สัญลักษณ์ที่ขยับ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="142"/>
        <source>Margin call</source>
        <translation>Margin call</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="143"/>
        <source>Stop out</source>
        <translation>Stop out</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="146"/>
        <source>Spread widening (rollover, news)</source>
        <translation>สเปรดถ่าง (โรลโอเวอร์, ข่าว)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="160"/>
        <source>Spread now</source>
        <translation>สเปรดปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="161"/>
        <source>Margin call at</source>
        <translation>Margin call ที่</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="162"/>
        <source>Stop out at</source>
        <translation>Stop out ที่</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="165"/>
        <source>Warnings</source>
        <translation>คำเตือน</translation>
    </message>
</context>
</TS>
