<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="159" />
            <source>&amp;File</source>
            <translation>ไฟล์(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="171" />
            <source>&amp;New</source>
            <translation>ใหม่(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="172" />
            <source>&amp;Open…</source>
            <translation>เปิด(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="173" />
            <source>&amp;Import statement…</source>
            <translation>นำเข้ารายงานบัญชี(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="174" />
            <source>Open the &amp;example</source>
            <translation>เปิดตัวอย่าง(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="175" />
            <source>&amp;Recent files</source>
            <translation>ไฟล์ล่าสุด(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="177" />
            <source>&amp;Save</source>
            <translation>บันทึก(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="178" />
            <source>Save &amp;as…</source>
            <translation>บันทึกเป็น(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="179" />
            <source>&amp;Export results (CSV)…</source>
            <translation>ส่งออกผลลัพธ์ (CSV)(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="181" />
            <source>&amp;Quit</source>
            <translation>ออก(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="184" />
            <source>&amp;Scheme</source>
            <translation>รูปแบบเลเวอเรจ(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="186" />
            <source>&amp;Edit…</source>
            <translation>แก้ไข(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="187" />
            <source>&amp;Save as my preset…</source>
            <translation>บันทึกเป็นค่าที่ตั้งไว้ของฉัน(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="188" />
            <source>&amp;My presets…</source>
            <translation>ค่าที่ตั้งไว้ของฉัน(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="195" />
            <source>&amp;Help</source>
            <translation>ช่วยเหลือ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="196" />
            <source>&amp;About fxmargin</source>
            <translation>เกี่ยวกับ fxmargin(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="202" />
            <source>&amp;Language</source>
            <translation>ภาษา(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="222" />
            <source>fxmargin will speak {language} from its next start.</source>
            <translation>fxmargin จะใช้{language}ตั้งแต่การเปิดครั้งถัดไป</translation>
        </message>
    </context>
</TS>
