<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>hearth::MainWindow</name>
    <message>
        <source>Caseload</source>
        <translation>  </translation>
    </message>
</context>
</TS>
