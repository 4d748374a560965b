<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="159" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="171" />
            <source>&amp;New</source>
            <translation>&amp;جديد</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="172" />
            <source>&amp;Open…</source>
            <translation>&amp;فتح…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="173" />
            <source>&amp;Import statement…</source>
            <translation>&amp;استيراد كشف الحساب…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="174" />
            <source>Open the &amp;example</source>
            <translation>فتح &amp;المثال</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="175" />
            <source>&amp;Recent files</source>
            <translation>الملفات &amp;الأخيرة</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="177" />
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="178" />
            <source>Save &amp;as…</source>
            <translation>حفظ &amp;باسم…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="179" />
            <source>&amp;Export results (CSV)…</source>
            <translation>&amp;تصدير النتائج (CSV)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="181" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="184" />
            <source>&amp;Scheme</source>
            <translation>&amp;مخطط الرافعة</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="186" />
            <source>&amp;Edit…</source>
            <translation>&amp;تحرير…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="187" />
            <source>&amp;Save as my preset…</source>
            <translation>&amp;حفظ كإعداد مسبق خاص بي…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="188" />
            <source>&amp;My presets…</source>
            <translation>&amp;إعداداتي المسبقة…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="195" />
            <source>&amp;Help</source>
            <translation>&amp;مساعدة</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="196" />
            <source>&amp;About fxmargin</source>
            <translation>&amp;حول fxmargin</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="202" />
            <source>&amp;Language</source>
            <translation>&amp;اللغة</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="222" />
            <source>fxmargin will speak {language} from its next start.</source>
            <translation>سيستخدم fxmargin اللغة {language} بدءًا من التشغيل التالي.</translation>
        </message>
    </context>
</TS>
