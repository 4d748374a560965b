<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="159" />
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="171" />
            <source>&amp;New</source>
            <translation>&amp;Baru</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="172" />
            <source>&amp;Open…</source>
            <translation>&amp;Buka…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="173" />
            <source>&amp;Import statement…</source>
            <translation>&amp;Impor laporan…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="174" />
            <source>Open the &amp;example</source>
            <translation>Buka &amp;contoh</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="175" />
            <source>&amp;Recent files</source>
            <translation>Berkas &amp;terakhir</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="177" />
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="178" />
            <source>Save &amp;as…</source>
            <translation>Simpan &amp;sebagai…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="179" />
            <source>&amp;Export results (CSV)…</source>
            <translation>&amp;Ekspor hasil (CSV)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="181" />
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="184" />
            <source>&amp;Scheme</source>
            <translation>&amp;Skema</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="186" />
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="187" />
            <source>&amp;Save as my preset…</source>
            <translation>&amp;Simpan sebagai preset saya…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="188" />
            <source>&amp;My presets…</source>
            <translation>&amp;Preset saya…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="195" />
            <source>&amp;Help</source>
            <translation>&amp;Bantuan</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="196" />
            <source>&amp;About fxmargin</source>
            <translation>&amp;Tentang fxmargin</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="202" />
            <source>&amp;Language</source>
            <translation>&amp;Bahasa</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="222" />
            <source>fxmargin will speak {language} from its next start.</source>
            <translation>fxmargin akan memakai {language} mulai dijalankan lagi.</translation>
        </message>
    </context>
</TS>
