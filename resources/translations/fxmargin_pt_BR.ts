<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="171"/>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>&amp;Import statement…</source>
        <translation>&amp;Importar extrato…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="174"/>
        <source>Open the &amp;example</source>
        <translation>Abrir o &amp;exemplo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175"/>
        <source>&amp;Recent files</source>
        <translation>Arquivos &amp;recentes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="177"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>Save &amp;as…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="179"/>
        <source>&amp;Export results (CSV)…</source>
        <translation>&amp;Exportar resultados (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>S&amp;air</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184"/>
        <source>&amp;Scheme</source>
        <translation>&amp;Esquema</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="187"/>
        <source>&amp;Save as my preset…</source>
        <translation>&amp;Salvar como minha predefinição…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188"/>
        <source>&amp;My presets…</source>
        <translation>&amp;Minhas predefinições…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>&amp;About fxmargin</source>
        <translation>&amp;Sobre o fxmargin</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="202"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="222"/>
        <source>fxmargin will speak {language} from its next start.</source>
        <translation>O fxmargin falará {language} a partir da próxima inicialização.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="27"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="30"/>
        <source>Floating P/L</source>
        <translation>Lucro/prejuízo flutuante</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="34"/>
        <source>Equity</source>
        <translation>Patrimônio líquido</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="37"/>
        <source>Margin</source>
        <translation>Margem</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="43"/>
        <source>Margin basis</source>
        <translation>Base da margem</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="47"/>
        <source>Free margin</source>
        <translation>Margem livre</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="50"/>
        <source>Margin level</source>
        <translation>Nível de margem</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="55"/>
        <source>Leverage</source>
        <translation>Alavancagem</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="60"/>
        <source>Margin call / stop out</source>
        <translation>Chamada de margem / stop out</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="69"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="86"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="121"/>
        <source>Margin call and stop-out prices</source>
        <translation>Preços de chamada de margem e stop out</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="129"/>
        <source>Moving</source>
        <translation>Em movimento</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="142"/>
        <source>Margin call</source>
        <translation>Chamada de margem</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="143"/>
        <source>Stop out</source>
        <translation>Stop out</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="146"/>
        <source>Spread widening (rollover, news)</source>
        <translation>Alargamento do spread (rollover, notícias)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="160"/>
        <source>Spread now</source>
        <translation>Spread atual</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="161"/>
        <source>Margin call at</source>
        <translation>Chamada de margem em</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="162"/>
        <source>Stop out at</source>
        <translation>Stop out em</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="165"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
</context>
</TS>
