<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PlaygroundCollection</name>
    <message>
        <source>Basics</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Redirects and auth</source>
        <translation>Umleitungen und Anmeldung</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Get JSON</source>
        <translation>JSON abrufen</translation>
    </message>
    <message>
        <source>A small JSON answer: try the Pretty view.</source>
        <translation>Eine kleine JSON-Antwort: probieren Sie die formatierte Ansicht.</translation>
    </message>
    <message>
        <source>Post JSON</source>
        <translation>JSON senden</translation>
    </message>
    <message>
        <source>Echoes what you send.</source>
        <translation>Gibt zurück, was Sie senden.</translation>
    </message>
    <message>
        <source>Status 404</source>
        <translation>Status 404</translation>
    </message>
    <message>
        <source>An HTTP error is a response, not a failure.</source>
        <translation>Ein HTTP-Fehler ist eine Antwort, kein Abbruch.</translation>
    </message>
    <message>
        <source>Random bytes (1 MiB)</source>
        <translation>Zufallsbytes (1 MiB)</translation>
    </message>
    <message>
        <source>Binary body: try the Hex view.</source>
        <translation>Binärer Inhalt: probieren Sie die Hex-Ansicht.</translation>
    </message>
    <message>
        <source>Charset ISO-8859-1</source>
        <translation>Zeichensatz ISO-8859-1</translation>
    </message>
    <message>
        <source>Text in a legacy charset.</source>
        <translation>Text in einem alten Zeichensatz.</translation>
    </message>
    <message>
        <source>Stream 100 MiB</source>
        <translation>100 MiB streamen</translation>
    </message>
    <message>
        <source>Chunked download: watch progress, rate and the bytes-over-time plot.</source>
        <translation>Download in Blöcken: Fortschritt, Rate und Bytes-über-Zeit-Diagramm beobachten.</translation>
    </message>
    <message>
        <source>Drip (slow chunks)</source>
        <translation>Tröpfeln (langsame Blöcke)</translation>
    </message>
    <message>
        <source>One byte every half second: switch to Sync and arm "Abort on first chunk".</source>
        <translation>Ein Byte pro halbe Sekunde: auf „Synchron“ umschalten und „Abbruch beim ersten Block“ scharf schalten.</translation>
    </message>
    <message>
        <source>Delay 3 s</source>
        <translation>3 s Verzögerung</translation>
    </message>
    <message>
        <source>Nothing for three seconds: press Esc to abort.</source>
        <translation>Drei Sekunden lang nichts: Esc bricht ab.</translation>
    </message>
    <message>
        <source>Server-sent events</source>
        <translation>Server-Sent Events</translation>
    </message>
    <message>
        <source>Ten events, one every 500 ms.</source>
        <translation>Zehn Ereignisse, eines alle 500 ms.</translation>
    </message>
    <message>
        <source>Redirect 3 times</source>
        <translation>3-mal umleiten</translation>
    </message>
    <message>
        <source>Followed automatically (Options → Redirects).</source>
        <translation>Wird automatisch verfolgt (Optionen → Umleitungen).</translation>
    </message>
    <message>
        <source>Basic auth</source>
        <translation>Basic-Anmeldung</translation>
    </message>
    <message>
        <source>User "user", password "passwd".</source>
        <translation>Benutzer „user“, Passwort „passwd“.</translation>
    </message>
    <message>
        <source>A broken server: see how the engine reports it.</source>
        <translation>Ein kaputter Server: sehen Sie, wie die Engine ihn meldet.</translation>
    </message>
</context>
<context>
    <name>Reqscope::AuthEditor</name>
    <message>
        <source>No authentication</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Authentication kind</source>
        <translation>Art der Anmeldung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Proxy credentials (answer a 407 from the proxy)</source>
        <translation>Proxy-Zugangsdaten (Antwort auf ein 407 des Proxys)</translation>
    </message>
    <message>
        <source>Proxy u&amp;ser:</source>
        <translation>Proxy-Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>Proxy pa&amp;ssword:</source>
        <translation>Proxy-Pa&amp;sswort:</translation>
    </message>
    <message>
        <source>No credentials are sent. A 401 answer is shown as it is.</source>
        <translation>Es werden keine Zugangsdaten gesendet. Eine 401-Antwort wird so gezeigt, wie sie ist.</translation>
    </message>
    <message>
        <source>Sent with the first request as an Authorization header, like curl -u.</source>
        <translation>Wird gleich mit der ersten Anfrage als Authorization-Header gesendet, wie bei curl -u.</translation>
    </message>
    <message>
        <source>Given to the engine (SetCredentials) and used only to answer the server's challenge.</source>
        <translation>Wird an die Engine übergeben (SetCredentials) und nur zur Antwort auf die Aufforderung des Servers verwendet.</translation>
    </message>
    <message>
        <source>Sent as "Authorization: Bearer &lt;token&gt;".</source>
        <translation>Wird als „Authorization: Bearer &lt;token&gt;“ gesendet.</translation>
    </message>
</context>
<context>
    <name>Reqscope::BodyEditor</name>
    <message>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Inhalt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form (URL-encoded)</source>
        <translation>Formular (URL-kodiert)</translation>
    </message>
    <message>
        <source>Multipart form (fields and files)</source>
        <translation>Multipart-Formular (Felder und Dateien)</translation>
    </message>
    <message>
        <source>Binary file</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <source>Body kind</source>
        <translation>Art des Inhalts</translation>
    </message>
    <message>
        <source>This request has no body. Choose a kind above, or drop a file onto the window.</source>
        <translation>Diese Anfrage hat keinen Inhalt. Wählen Sie oben eine Art oder ziehen Sie eine Datei auf das Fenster.</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Inhaltstext</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Body file</source>
        <translation>Inhaltsdatei</translation>
    </message>
    <message>
        <source>Path of the file to send as the body</source>
        <translation>Pfad der Datei, die als Inhalt gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Choose the body file</source>
        <translation>Inhaltsdatei wählen</translation>
    </message>
</context>
<context>
    <name>Reqscope::BodyView</name>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Save body…</source>
        <translation>Inhalt speichern…</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>Ansicht %1</translation>
    </message>
    <message>
        <source>Show the next %1 of the body</source>
        <translation>Die nächsten %1 des Inhalts zeigen</translation>
    </message>
    <message>
        <source>Save the whole body to a file</source>
        <translation>Den ganzen Inhalt in eine Datei speichern</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Roher Inhalt</translation>
    </message>
    <message>
        <source>Pretty body</source>
        <translation>Formatierter Inhalt</translation>
    </message>
    <message>
        <source>The body appears here as it arrives.</source>
        <translation>Der Inhalt erscheint hier, sobald er ankommt.</translation>
    </message>
    <message>
        <source>Image view of the body</source>
        <translation>Bildansicht des Inhalts</translation>
    </message>
    <message>
        <source>The body is not valid JSON or XML; see Raw.</source>
        <translation>Der Inhalt ist kein gültiges JSON oder XML; siehe Roh.</translation>
    </message>
    <message>
        <source>The body is not an image Qt can decode.</source>
        <translation>Der Inhalt ist kein Bild, das Qt dekodieren kann.</translation>
    </message>
    <message>
        <source>Pretty view is built once the body is complete.</source>
        <translation>Die formatierte Ansicht entsteht, sobald der Inhalt vollständig ist.</translation>
    </message>
    <message>
        <source>The body is %1; Pretty view formats bodies up to %2. Use Raw, Hex or Save body…</source>
        <translation>Der Inhalt ist %1 groß; die formatierte Ansicht formatiert Inhalte bis %2. Nutzen Sie Roh, Hex oder Inhalt speichern…</translation>
    </message>
    <message>
        <source>Pretty view formats JSON and XML; this body is %1.</source>
        <translation>Die formatierte Ansicht formatiert JSON und XML; dieser Inhalt ist %1.</translation>
    </message>
    <message>
        <source>untyped</source>
        <translation>ohne Typ</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Formatiere…</translation>
    </message>
    <message>
        <source>The image is shown once the body is complete.</source>
        <translation>Das Bild wird gezeigt, sobald der Inhalt vollständig ist.</translation>
    </message>
    <message>
        <source>The body is too large to show as an image.</source>
        <translation>Der Inhalt ist zu groß, um ihn als Bild zu zeigen.</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Dekodiere…</translation>
    </message>
    <message>
        <source>Empty body</source>
        <translation>Leerer Inhalt</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Save body</source>
        <translation>Inhalt speichern</translation>
    </message>
    <message>
        <source>Body saved to %1</source>
        <translation>Inhalt gespeichert unter %1</translation>
    </message>
    <message>
        <source>Could not save the body: %1</source>
        <translation>Der Inhalt konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Reqscope::BytesPlot</name>
    <message>
        <source>Bytes over time</source>
        <translation>Bytes über die Zeit</translation>
    </message>
    <message>
        <source>Timing phases and bytes over time appear here after Send.</source>
        <translation>Zeitphasen und Bytes über die Zeit erscheinen hier nach dem Senden.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>reused connection</source>
        <translation>wiederverwendete Verbindung</translation>
    </message>
    <message>
        <source>No phase completed</source>
        <translation>Keine Phase abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Reqscope::EventLogModel</name>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Reqscope::EventsView</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>No request yet.</source>
        <translation>Noch keine Anfrage.</translation>
    </message>
    <message>
        <source>%1 OnResponseStart · %2 OnResponseDataAvailable · %3 OnResponseFinished · %4 OnError</source>
        <translation>%1 OnResponseStart · %2 OnResponseDataAvailable · %3 OnResponseFinished · %4 OnError</translation>
    </message>
</context>
<context>
    <name>Reqscope::HeadersView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Raw response headers</source>
        <translation>Rohe Antwort-Header</translation>
    </message>
</context>
<context>
    <name>Reqscope::HexView</name>
    <message>
        <source>Hex view of the body</source>
        <translation>Hex-Ansicht des Inhalts</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Inhalt</translation>
    </message>
</context>
<context>
    <name>Reqscope::KeyValueTable</name>
    <message>
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die gewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Send this row</source>
        <translation>Diese Zeile senden</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Add a file to the form</source>
        <translation>Eine Datei zum Formular hinzufügen</translation>
    </message>
</context>
<context>
    <name>Reqscope::MainWindow</name>
    <message>
        <source>Reqscope</source>
        <translation>Reqscope</translation>
    </message>
    <message>
        <source>Ready. Ctrl+Return sends, Esc aborts, Ctrl+L jumps to the URL.</source>
        <translation>Bereit. Strg+Eingabe sendet, Esc bricht ab, Strg+L springt zur URL.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Neue Anfrage</translation>
    </message>
    <message>
        <source>&amp;Save body…</source>
        <translation>Inhalt &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy as curl</source>
        <translation>Als curl &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste curl command</source>
        <translation>curl-Befehl &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>An&amp;frage</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Focus &amp;URL</source>
        <translation>Zur &amp;URL</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>The language changes when Reqscope starts next time.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Reqscope.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Reqscope</source>
        <translation>&amp;Über Reqscope</translation>
    </message>
    <message>
        <source>About Reqscope</source>
        <translation>Über Reqscope</translation>
    </message>
    <message>
        <source>Reqscope %1 — a native request inspector with a WinHTTP-faithful engine.</source>
        <translation>Reqscope %1 – ein nativer Anfrage-Inspektor mit einer WinHTTP-treuen Engine.</translation>
    </message>
    <message>
        <source>Type a URL first.</source>
        <translation>Geben Sie zuerst eine URL ein.</translation>
    </message>
    <message>
        <source>Synchronous Send: input is excluded until it returns.</source>
        <translation>Synchrones Senden: Eingaben sind bis zur Rückkehr gesperrt.</translation>
    </message>
    <message>
        <source>Copied the request as a curl command.</source>
        <translation>Die Anfrage wurde als curl-Befehl kopiert.</translation>
    </message>
    <message>
        <source>That is not a curl command with a URL.</source>
        <translation>Das ist kein curl-Befehl mit einer URL.</translation>
    </message>
    <message>
        <source>Filled the request from the curl command.</source>
        <translation>Die Anfrage wurde aus dem curl-Befehl gefüllt.</translation>
    </message>
    <message>
        <source>%1 is now the body.</source>
        <translation>%1 ist jetzt der Inhalt.</translation>
    </message>
</context>
<context>
    <name>Reqscope::OptionsEditor</name>
    <message>
        <source>Timeouts (0 = infinite)</source>
        <translation>Zeitlimits (0 = unbegrenzt)</translation>
    </message>
    <message>
        <source>Resolve:</source>
        <translation>Namensauflösung:</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>Verbinden:</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Senden:</translation>
    </message>
    <message>
        <source>Receive:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>From the environment (http_proxy, https_proxy, no_proxy)</source>
        <translation>Aus der Umgebung (http_proxy, https_proxy, no_proxy)</translation>
    </message>
    <message>
        <source>Direct, no proxy</source>
        <translation>Direkt, ohne Proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>Proxy mode</source>
        <translation>Proxy-Modus</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Proxy-Server</translation>
    </message>
    <message>
        <source>Proxy bypass list</source>
        <translation>Proxy-Ausnahmeliste</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Bypass:</source>
        <translation>Ausnahmen:</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Umleitungen</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>Umleitungen folgen</translation>
    </message>
    <message>
        <source>Maximum redirects:</source>
        <translation>Höchstzahl Umleitungen:</translation>
    </message>
    <message>
        <source>Allow HTTPS → HTTP redirects</source>
        <translation>Umleitungen von HTTPS nach HTTP erlauben</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Ignore unknown certificate authority</source>
        <translation>Unbekannte Zertifizierungsstelle ignorieren</translation>
    </message>
    <message>
        <source>Ignore wrong certificate usage</source>
        <translation>Falsche Zertifikatsverwendung ignorieren</translation>
    </message>
    <message>
        <source>Ignore host name mismatch</source>
        <translation>Abweichenden Hostnamen ignorieren</translation>
    </message>
    <message>
        <source>Ignore expired or not yet valid certificate</source>
        <translation>Abgelaufenes oder noch nicht gültiges Zertifikat ignorieren</translation>
    </message>
    <message>
        <source>Protocols:</source>
        <translation>Protokolle:</translation>
    </message>
    <message>
        <source>Check certificate revocation (OCSP)</source>
        <translation>Zertifikatssperrung prüfen (OCSP)</translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation>Zusätzliche CA-Datei:</translation>
    </message>
    <message>
        <source>PEM file trusted in addition</source>
        <translation>Zusätzlich vertrauenswürdige PEM-Datei</translation>
    </message>
    <message>
        <source>PEM/PKCS#12 path or CURRENT_USER\MY\Subject</source>
        <translation>PEM/PKCS#12-Pfad oder CURRENT_USER\MY\Antragsteller</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate password:</source>
        <translation>Zertifikatspasswort:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>Use HTTP/1.1 (off: HTTP/1.0)</source>
        <translation>HTTP/1.1 verwenden (aus: HTTP/1.0)</translation>
    </message>
    <message>
        <source>Max response header size:</source>
        <translation>Maximale Größe der Antwort-Header:</translation>
    </message>
    <message>
        <source>URL code page:</source>
        <translation>Codepage der URL:</translation>
    </message>
    <message>
        <source>Escape every % in the URL</source>
        <translation>Jedes % in der URL maskieren</translation>
    </message>
    <message>
        <source>Do not escape unsafe URL characters</source>
        <translation>Unsichere Zeichen der URL nicht maskieren</translation>
    </message>
    <message>
        <source>Do not escape unsafe query characters</source>
        <translation>Unsichere Zeichen der Abfrage nicht maskieren</translation>
    </message>
    <message>
        <source>Reject user:password@ in URLs</source>
        <translation>user:passwort@ in URLs ablehnen</translation>
    </message>
    <message>
        <source>Trace to the log (reqscope.http.trace)</source>
        <translation>Ablauf protokollieren (reqscope.http.trace)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Only if the proxy is bypassed</source>
        <translation>Nur ohne Proxy</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Auto-logon policy</source>
        <translation>Richtlinie für automatische Anmeldung</translation>
    </message>
    <message>
        <source>Auto-logon policy:</source>
        <translation>Automatische Anmeldung:</translation>
    </message>
    <message>
        <source>Accepted for compatibility (no effect on Linux)</source>
        <translation>Aus Kompatibilität akzeptiert (unter Linux ohne Wirkung)</translation>
    </message>
    <message>
        <source>Max response drain size:</source>
        <translation>Maximale Drain-Größe der Antwort:</translation>
    </message>
    <message>
        <source>Revert impersonation over SSL</source>
        <translation>Identitätswechsel über SSL zurücknehmen</translation>
    </message>
    <message>
        <source>Passport authentication</source>
        <translation>Passport-Anmeldung</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
</context>
<context>
    <name>Reqscope::RequestBar</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>HTTP method: pick one or type any token</source>
        <translation>HTTP-Methode: eine wählen oder ein beliebiges Token eingeben</translation>
    </message>
    <message>
        <source>Enter a URL or paste a curl command</source>
        <translation>URL eingeben oder curl-Befehl einfügen</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Abort the running request (Esc). In Sync mode input is excluded while Send runs: arm an abort trigger instead.</source>
        <translation>Laufende Anfrage abbrechen (Esc). Im synchronen Modus sind Eingaben während des Sendens gesperrt: schalten Sie stattdessen einen Abbruch-Auslöser scharf.</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Send mode</source>
        <translation>Sendemodus</translation>
    </message>
    <message>
        <source>Async: Send returns at once and Abort works at any moment.
Sync: Send blocks in a nested event loop that excludes input, as WinHTTP does.</source>
        <translation>Asynchron: Senden kehrt sofort zurück, Abbrechen wirkt jederzeit.
Synchron: Senden blockiert in einer verschachtelten Ereignisschleife ohne Eingaben, wie bei WinHTTP.</translation>
    </message>
    <message>
        <source>No abort trigger</source>
        <translation>Kein Abbruch-Auslöser</translation>
    </message>
    <message>
        <source>Abort on response start</source>
        <translation>Abbruch bei Antwortbeginn</translation>
    </message>
    <message>
        <source>Abort on first chunk</source>
        <translation>Abbruch beim ersten Block</translation>
    </message>
    <message>
        <source>Abort after N bytes</source>
        <translation>Abbruch nach N Bytes</translation>
    </message>
    <message>
        <source>Abort after T ms</source>
        <translation>Abbruch nach T ms</translation>
    </message>
    <message>
        <source>Abort trigger</source>
        <translation>Abbruch-Auslöser</translation>
    </message>
    <message>
        <source>Armed before Send and fired from inside the engine's events: the only way to stop a synchronous Send.</source>
        <translation>Vor dem Senden scharf geschaltet und aus den Ereignissen der Engine ausgelöst: der einzige Weg, ein synchrones Senden zu beenden.</translation>
    </message>
    <message>
        <source>Abort trigger value</source>
        <translation>Wert des Abbruch-Auslösers</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
</context>
<context>
    <name>Reqscope::RequestEditor</name>
    <message>
        <source>Query parameters</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>&amp;Params</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>A&amp;uth</source>
        <translation>A&amp;nmeldung</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>Sent by default; add a row with the same name to replace it.</source>
        <translation>Wird standardmäßig gesendet; eine Zeile mit demselben Namen ersetzt ihn.</translation>
    </message>
    <message>
        <source>Request tabs</source>
        <translation>Anfrage-Reiter</translation>
    </message>
</context>
<context>
    <name>Reqscope::RequestRunner</name>
    <message numerus="yes">
        <source>abort after %n ms</source>
        <translation><numerusform>Abbruch nach %n ms</numerusform><numerusform>Abbruch nach %n ms</numerusform></translation>
    </message>
    <message>
        <source>Header "%1": %2</source>
        <translation>Header „%1“: %2</translation>
    </message>
    <message>
        <source>by the user</source>
        <translation>durch den Benutzer</translation>
    </message>
    <message>
        <source>abort on response start</source>
        <translation>Abbruch bei Antwortbeginn</translation>
    </message>
    <message>
        <source>cannot keep the body: %1</source>
        <translation>Inhalt kann nicht behalten werden: %1</translation>
    </message>
    <message>
        <source>abort on first chunk</source>
        <translation>Abbruch beim ersten Block</translation>
    </message>
    <message>
        <source>abort after %1 bytes</source>
        <translation>Abbruch nach %1 Bytes</translation>
    </message>
</context>
<context>
    <name>Reqscope::ResponseView</name>
    <message>
        <source>&lt;p style='font-size:large'&gt;No response yet&lt;/p&gt;&lt;p&gt;Pick a request from the &lt;b&gt;Playground&lt;/b&gt; on the left, or type a URL,&lt;br&gt;then press &lt;b&gt;Send&lt;/b&gt; (Ctrl+Return). Esc aborts.&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:large'&gt;Noch keine Antwort&lt;/p&gt;&lt;p&gt;Wählen Sie links eine Anfrage aus dem &lt;b&gt;Spielplatz&lt;/b&gt; oder geben Sie eine URL ein,&lt;br&gt;und drücken Sie &lt;b&gt;Senden&lt;/b&gt; (Strg+Eingabe). Esc bricht ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>Response summary</source>
        <translation>Zusammenfassung der Antwort</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Bo&amp;dy</source>
        <translation>Inhal&amp;t</translation>
    </message>
    <message>
        <source>H&amp;eaders</source>
        <translation>H&amp;eader</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>E&amp;reignisse</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <source>%1 ms · %2</source>
        <translation>%1 ms · %2</translation>
    </message>
    <message>
        <source>Aborted (%1)</source>
        <translation>Abgebrochen (%1)</translation>
    </message>
    <message>
        <source> · after %1 %2</source>
        <translation> · nach %1 %2</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Response tabs</source>
        <translation>Antwort-Reiter</translation>
    </message>
</context>
<context>
    <name>Reqscope::Sidebar</name>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Collections&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sammlungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Spielplatz</translation>
    </message>
    <message>
        <source>Ready requests against the embedded server: press Send.</source>
        <translation>Fertige Anfragen an den eingebauten Server: einfach Senden drücken.</translation>
    </message>
    <message>
        <source>(not running)</source>
        <translation>(läuft nicht)</translation>
    </message>
    <message>
        <source>Ready requests against the embedded server at %1: press Send.</source>
        <translation>Fertige Anfragen an den eingebauten Server unter %1: einfach Senden drücken.</translation>
    </message>
</context>
<context>
    <name>Reqscope::TimingPhases</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Waiting (TTFB)</source>
        <translation>Warten (TTFB)</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>Reqscope::TransferProgress</name>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>noch %1 s</translation>
    </message>
</context>
</TS>