; Inno Setup script: a per-user installer for the bundle in dist\fxmargin (no admin rights).
; build/build.py runs it on Windows when Inno Setup 6 is installed:
;   iscc /DAppVersion=1.2.0 build\windows\fxmargin.iss  ->  dist\fxmargin-windows-setup.exe

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C7E2F1A-3B8D-4E5F-9A10-2B3C4D5E6F70}
AppName=fxmargin
AppVersion={#AppVersion}
AppVerName=fxmargin {#AppVersion}
AppPublisher=The fxmargin developers
; Per user: {autopf} is %LOCALAPPDATA%\Programs when no admin rights are asked for.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\fxmargin
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\icons\fxmargin.ico
UninstallDisplayIcon={app}\fxmargin.exe
OutputDir=..\..\dist
OutputBaseFilename=fxmargin-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\fxmargin\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\fxmargin"; Filename: "{app}\fxmargin.exe"
Name: "{autodesktop}\fxmargin"; Filename: "{app}\fxmargin.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\fxmargin.exe"; Description: "{cm:LaunchProgram,fxmargin}"; Flags: nowait postinstall skipifsilent
