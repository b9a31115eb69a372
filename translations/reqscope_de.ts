<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PlaygroundCollection</name>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="26" />
        <source>Basics</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="27" />
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="28" />
        <source>Redirects and auth</source>
        <translation>Umleitungen und Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="29" />
        <source>Faults</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="33" />
        <source>Get JSON</source>
        <translation>JSON abrufen</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="36" />
        <source>A small JSON answer: try the Pretty view.</source>
        <translation>Eine kleine JSON-Antwort: probieren Sie die formatierte Ansicht.</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="38" />
        <source>Post JSON</source>
        <translation>JSON senden</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="41" />
        <source>Echoes what you send.</source>
        <translation>Gibt zurück, was Sie senden.</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="46" />
        <source>Status 404</source>
        <translation>Status 404</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="49" />
        <source>An HTTP error is a response, not a failure.</source>
        <translation>Ein HTTP-Fehler ist eine Antwort, kein Abbruch.</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="51" />
        <source>Random bytes (1 MiB)</source>
        <translation>Zufallsbytes (1 MiB)</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="54" />
        <source>Binary body: try the Hex view.</source>
        <translation>Binärer Inhalt: probieren Sie die Hex-Ansicht.</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="56" />
        <source>Charset ISO-8859-1</source>
        <translation>Zeichensatz ISO-8859-1</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="59" />
        <source>Text in a legacy charset.</source>
        <translation>Text in einem alten Zeichensatz.</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="61" />
        <source>Stream 100 MiB</source>
        <translation>100 MiB streamen</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="64" />
        <source>Chunked download: watch progress, rate and the bytes-over-time plot.</source>
        <translation>Download in Blöcken: Fortschritt, Rate und Bytes-über-Zeit-Diagramm beobachten.</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="67" />
        <source>Drip (slow chunks)</source>
        <translation>Tröpfeln (langsame Blöcke)</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="70" />
        <source>One byte every half second: switch to Sync and arm "Abort on first chunk".</source>
        <translation>Ein Byte pro halbe Sekunde: auf „Synchron“ umschalten und „Abbruch beim ersten Block“ scharf schalten.</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="73" />
        <source>Delay 3 s</source>
        <translation>3 s Verzögerung</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="76" />
        <source>Nothing for three seconds: press Esc to abort.</source>
        <translation>Drei Sekunden lang nichts: Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="78" />
        <source>Server-sent events</source>
        <translation>Server-Sent Events</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="81" />
        <source>Ten events, one every 500 ms.</source>
        <translation>Zehn Ereignisse, eines alle 500 ms.</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="83" />
        <source>Redirect 3 times</source>
        <translation>3-mal umleiten</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="86" />
        <source>Followed automatically (Options → Redirects).</source>
        <translation>Wird automatisch verfolgt (Optionen → Umleitungen).</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="88" />
        <source>Basic auth</source>
        <translation>Basic-Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="91" />
        <source>User "user", password "passwd".</source>
        <translation>Benutzer „user“, Passwort „passwd“.</translation>
    </message>
    <message>
        <location filename="../core/playgroundcollection.cpp" line="108" />
        <source>A broken server: see how the engine reports it.</source>
        <translation>Ein kaputter Server: sehen Sie, wie die Engine ihn meldet.</translation>
    </message>
</context>
<context>
    <name>Reqscope::AnnotationCanvas</name>
    <message>
        <location filename="../ui/annotationcanvas.cpp" line="12" />
        <source>Screenshot</source>
        <translation>Bildschirmfoto</translation>
    </message>
</context>
<context>
    <name>Reqscope::AnnotationToolBar</name>
    <message>
        <location filename="../ui/annotationtoolbar.cpp" line="19" />
        <source>&amp;Rectangle</source>
        <translation>&amp;Rechteck</translation>
    </message>
    <message>
        <location filename="../ui/annotationtoolbar.cpp" line="20" />
        <source>&amp;Arrow</source>
        <translation>P&amp;feil</translation>
    </message>
    <message>
        <location filename="../ui/annotationtoolbar.cpp" line="21" />
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../ui/annotationtoolbar.cpp" line="22" />
        <source>&amp;Blur</source>
        <translation>Ver&amp;pixeln</translation>
    </message>
    <message>
        <location filename="../ui/annotationtoolbar.cpp" line="31" />
        <source>Pixelate a region of the screenshot</source>
        <translation>Einen Bereich des Bildschirmfotos verpixeln</translation>
    </message>
    <message>
        <location filename="../ui/annotationtoolbar.cpp" line="34" />
        <source>Text to place with a click</source>
        <translation>Text, der per Klick platziert wird</translation>
    </message>
    <message>
        <location filename="../ui/annotationtoolbar.cpp" line="35" />
        <source>Annotation text</source>
        <translation>Anmerkungstext</translation>
    </message>
    <message>
        <location filename="../ui/annotationtoolbar.cpp" line="39" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/annotationtoolbar.cpp" line="41" />
        <source>Remove the last mark (Ctrl+Z)</source>
        <translation>Die letzte Markierung entfernen (Strg+Z)</translation>
    </message>
</context>
<context>
    <name>Reqscope::AuthEditor</name>
    <message>
        <location filename="../ui/autheditor.cpp" line="23" />
        <source>No authentication</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="24" />
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="25" />
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="26" />
        <location filename="../ui/autheditor.cpp" line="34" />
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="27" />
        <source>Authentication kind</source>
        <translation>Art der Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="32" />
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="33" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="35" />
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="36" />
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="39" />
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="41" />
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="42" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="43" />
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="45" />
        <source>Proxy credentials (answer a 407 from the proxy)</source>
        <translation>Proxy-Zugangsdaten (Antwort auf ein 407 des Proxys)</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="47" />
        <source>Proxy u&amp;ser:</source>
        <translation>Proxy-Be&amp;nutzer:</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="48" />
        <source>Proxy pa&amp;ssword:</source>
        <translation>Proxy-Pa&amp;sswort:</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="97" />
        <source>No credentials are sent. A 401 answer is shown as it is.</source>
        <translation>Es werden keine Zugangsdaten gesendet. Eine 401-Antwort wird so gezeigt, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="100" />
        <source>Sent with the first request as an Authorization header, like curl -u.</source>
        <translation>Wird gleich mit der ersten Anfrage als Authorization-Header gesendet, wie bei curl -u.</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="103" />
        <source>Given to the engine (SetCredentials) and used only to answer the server's challenge.</source>
        <translation>Wird an die Engine übergeben (SetCredentials) und nur zur Antwort auf die Aufforderung des Servers verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/autheditor.cpp" line="106" />
        <source>Sent as "Authorization: Bearer &lt;token&gt;".</source>
        <translation>Wird als „Authorization: Bearer &lt;token&gt;“ gesendet.</translation>
    </message>
</context>
<context>
    <name>Reqscope::BodyEditor</name>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="30" />
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="33" />
        <source>No body</source>
        <translation>Kein Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="34" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="35" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="36" />
        <source>Form (URL-encoded)</source>
        <translation>Formular (URL-kodiert)</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="37" />
        <source>Multipart form (fields and files)</source>
        <translation>Multipart-Formular (Felder und Dateien)</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="38" />
        <source>Binary file</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="39" />
        <source>Body kind</source>
        <translation>Art des Inhalts</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="41" />
        <source>This request has no body. Choose a kind above, or drop a file onto the window.</source>
        <translation>Diese Anfrage hat keinen Inhalt. Wählen Sie oben eine Art oder ziehen Sie eine Datei auf das Fenster.</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="46" />
        <source>Body text</source>
        <translation>Inhaltstext</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="51" />
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="52" />
        <source>Body file</source>
        <translation>Inhaltsdatei</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="53" />
        <source>Path of the file to send as the body</source>
        <translation>Pfad der Datei, die als Inhalt gesendet wird</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="66" />
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="83" />
        <source>Choose the body file</source>
        <translation>Inhaltsdatei wählen</translation>
    </message>
</context>
<context>
    <name>Reqscope::BodyView</name>
    <message>
        <location filename="../ui/bodyview.cpp" line="84" />
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="85" />
        <source>Save body…</source>
        <translation>Inhalt speichern…</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="95" />
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="95" />
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="95" />
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="95" />
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="101" />
        <source>%1 view</source>
        <translation>Ansicht %1</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="111" />
        <source>Show the next %1 of the body</source>
        <translation>Die nächsten %1 des Inhalts zeigen</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="112" />
        <source>Save the whole body to a file</source>
        <translation>Den ganzen Inhalt in eine Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="121" />
        <source>Raw body</source>
        <translation>Roher Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="122" />
        <source>Pretty body</source>
        <translation>Formatierter Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="123" />
        <source>The body appears here as it arrives.</source>
        <translation>Der Inhalt erscheint hier, sobald er ankommt.</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="135" />
        <source>Image view of the body</source>
        <translation>Bildansicht des Inhalts</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="159" />
        <source>The body is not valid JSON or XML; see Raw.</source>
        <translation>Der Inhalt ist kein gültiges JSON oder XML; siehe Roh.</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="175" />
        <source>The body is not an image Qt can decode.</source>
        <translation>Der Inhalt ist kein Bild, das Qt dekodieren kann.</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="318" />
        <source>Pretty view is built once the body is complete.</source>
        <translation>Die formatierte Ansicht entsteht, sobald der Inhalt vollständig ist.</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="321" />
        <source>The body is %1; Pretty view formats bodies up to %2. Use Raw, Hex or Save body…</source>
        <translation>Der Inhalt ist %1 groß; die formatierte Ansicht formatiert Inhalte bis %2. Nutzen Sie Roh, Hex oder Inhalt speichern…</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="324" />
        <source>Pretty view formats JSON and XML; this body is %1.</source>
        <translation>Die formatierte Ansicht formatiert JSON und XML; dieser Inhalt ist %1.</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="325" />
        <source>untyped</source>
        <translation>ohne Typ</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="326" />
        <source>Formatting…</source>
        <translation>Formatiere…</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="336" />
        <source>The image is shown once the body is complete.</source>
        <translation>Das Bild wird gezeigt, sobald der Inhalt vollständig ist.</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="340" />
        <source>The body is too large to show as an image.</source>
        <translation>Der Inhalt ist zu groß, um ihn als Bild zu zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="343" />
        <source>Decoding…</source>
        <translation>Dekodiere…</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="353" />
        <source>Empty body</source>
        <translation>Leerer Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="355" />
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="364" />
        <source>Save body</source>
        <translation>Inhalt speichern</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="372" />
        <source>Body saved to %1</source>
        <translation>Inhalt gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/bodyview.cpp" line="372" />
        <source>Could not save the body: %1</source>
        <translation>Der Inhalt konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Reqscope::BytesPlot</name>
    <message>
        <location filename="../ui/bytesplot.cpp" line="43" />
        <source>Bytes over time</source>
        <translation>Bytes über die Zeit</translation>
    </message>
    <message>
        <location filename="../ui/bytesplot.cpp" line="80" />
        <source>Timing phases and bytes over time appear here after Send.</source>
        <translation>Zeitphasen und Bytes über die Zeit erscheinen hier nach dem Senden.</translation>
    </message>
    <message>
        <location filename="../ui/bytesplot.cpp" line="103" />
        <location filename="../ui/bytesplot.cpp" line="156" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/bytesplot.cpp" line="121" />
        <source>reused connection</source>
        <translation>wiederverwendete Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/bytesplot.cpp" line="136" />
        <source>No phase completed</source>
        <translation>Keine Phase abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Reqscope::CollectionModel</name>
    <message>
        <location filename="../ui/collectionmodel.cpp" line="287" />
        <source>%1 (loading…)</source>
        <translation>%1 (wird geladen…)</translation>
    </message>
    <message>
        <location filename="../ui/collectionmodel.cpp" line="288" />
        <source>Playground</source>
        <translation>Spielplatz</translation>
    </message>
    <message>
        <location filename="../ui/collectionmodel.cpp" line="292" />
        <source>Ready requests against the embedded server: press Send.</source>
        <translation>Fertige Anfragen an den eingebauten Server: einfach Senden drücken.</translation>
    </message>
    <message>
        <location filename="../ui/collectionmodeledit.cpp" line="42" />
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../ui/collectionmodeledit.cpp" line="42" />
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/collectionmodeledit.cpp" line="58" />
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location filename="../ui/collectionmodeledit.cpp" line="84" />
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <location filename="../ui/collectionmodeledit.cpp" line="283" />
        <source>Could not write %1</source>
        <translation>Konnte %1 nicht schreiben</translation>
    </message>
    <message>
        <location filename="../ui/collectionmodeledit.cpp" line="379" />
        <location filename="../ui/collectioncommands.cpp" line="87" />
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/collectioncommands.cpp" line="62" />
        <source>Rename to “%1”</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>Reqscope::CollectionsPanel</name>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="35" />
        <source>(not running)</source>
        <translation>(läuft nicht)</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="64" />
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="127" />
        <source>New &amp;Collection…</source>
        <translation>Neue &amp;Sammlung…</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="128" />
        <source>&amp;Open Collection…</source>
        <translation>Sammlung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="129" />
        <source>&amp;Close Collection</source>
        <translation>Sammlung s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="139" />
        <source>New &amp;Request</source>
        <translation>Neue &amp;Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="140" />
        <source>New &amp;Folder</source>
        <translation>Neuer &amp;Ordner</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="141" />
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="142" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="147" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="151" />
        <source>Deleted “%1”. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>„%1“ gelöscht. Bearbeiten ▸ Rückgängig (Strg+Z) holt es zurück.</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="224" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="238" />
        <source>Could not create the collection: %1</source>
        <translation>Konnte die Sammlung nicht anlegen: %1</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="269" />
        <source>New collection: choose an empty folder</source>
        <translation>Neue Sammlung: einen leeren Ordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="269" />
        <source>Open a collection folder</source>
        <translation>Einen Sammlungsordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="286" />
        <source>Open or create a collection first (File ▸ New Collection…).</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Sammlung (Datei ▸ Neue Sammlung…).</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="291" />
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../ui/collectionspanel.cpp" line="294" />
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
</context>
<context>
    <name>Reqscope::EnvironmentEditor</name>
    <message>
        <location filename="../ui/environmenteditor.cpp" line="31" />
        <source>Environments of %1</source>
        <translation>Umgebungen von %1</translation>
    </message>
    <message>
        <location filename="../ui/environmenteditor.cpp" line="32" />
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location filename="../ui/environmenteditor.cpp" line="37" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/environmenteditor.cpp" line="38" />
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/environmenteditor.cpp" line="39" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/environmenteditor.cpp" line="40" />
        <source>Add environment</source>
        <translation>Umgebung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/environmenteditor.cpp" line="41" />
        <source>Rename environment</source>
        <translation>Umgebung umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/environmenteditor.cpp" line="42" />
        <source>Delete environment</source>
        <translation>Umgebung löschen</translation>
    </message>
    <message>
        <location filename="../ui/environmenteditor.cpp" line="43" />
        <source>New environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/environmenteditor.cpp" line="49" />
        <source>Rename Environment</source>
        <translation>Umgebung umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/environmenteditor.cpp" line="50" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/environmenteditor.cpp" line="77" />
        <source>Secret values are stored only on this computer, never in the collection's files.</source>
        <translation>Geheime Werte werden nur auf diesem Computer gespeichert, nie in den Dateien der Sammlung.</translation>
    </message>
    <message>
        <location filename="../ui/environmenteditor.cpp" line="222" />
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Reqscope::EnvironmentPicker</name>
    <message>
        <location filename="../ui/environmentpicker.cpp" line="28" />
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/environmentpicker.cpp" line="30" />
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/environmentpicker.cpp" line="33" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/environmentpicker.cpp" line="34" />
        <source>Edit environments</source>
        <translation>Umgebungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/environmentpicker.cpp" line="35" />
        <location filename="../ui/environmentpicker.cpp" line="105" />
        <source>Add, rename or delete environments and edit their variables</source>
        <translation>Umgebungen hinzufügen, umbenennen oder löschen und ihre Variablen bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/environmentpicker.cpp" line="88" />
        <source>No environment</source>
        <translation>Keine Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/environmentpicker.cpp" line="101" />
        <source>Open a collection to use its environments: the Playground has none.</source>
        <translation>Öffnen Sie eine Sammlung, um ihre Umgebungen zu nutzen: der Spielplatz hat keine.</translation>
    </message>
    <message>
        <location filename="../ui/environmentpicker.cpp" line="102" />
        <source>Variables of this environment fill {{name}} where the request, its folders and the collection do not define it</source>
        <translation>Variablen dieser Umgebung füllen {{name}}, wo Anfrage, Ordner und Sammlung es nicht festlegen</translation>
    </message>
</context>
<context>
    <name>Reqscope::EventLogModel</name>
    <message>
        <location filename="../core/eventlogmodel.cpp" line="128" />
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <location filename="../core/eventlogmodel.cpp" line="130" />
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../core/eventlogmodel.cpp" line="132" />
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../core/eventlogmodel.cpp" line="134" />
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../core/eventlogmodel.cpp" line="136" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Reqscope::EventsView</name>
    <message>
        <location filename="../ui/eventsview.cpp" line="23" />
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/eventsview.cpp" line="32" />
        <source>No request yet.</source>
        <translation>Noch keine Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/eventsview.cpp" line="67" />
        <source>%1 OnResponseStart · %2 OnResponseDataAvailable · %3 OnResponseFinished · %4 OnError</source>
        <translation>%1 OnResponseStart · %2 OnResponseDataAvailable · %3 OnResponseFinished · %4 OnError</translation>
    </message>
</context>
<context>
    <name>Reqscope::HeadersView</name>
    <message>
        <location filename="../ui/headersview.cpp" line="20" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/headersview.cpp" line="20" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/headersview.cpp" line="28" />
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <location filename="../ui/headersview.cpp" line="31" />
        <source>Raw response headers</source>
        <translation>Rohe Antwort-Header</translation>
    </message>
</context>
<context>
    <name>Reqscope::HexView</name>
    <message>
        <location filename="../ui/hexview.cpp" line="24" />
        <source>Hex view of the body</source>
        <translation>Hex-Ansicht des Inhalts</translation>
    </message>
    <message>
        <location filename="../ui/hexview.cpp" line="76" />
        <source>No body</source>
        <translation>Kein Inhalt</translation>
    </message>
</context>
<context>
    <name>Reqscope::HistoryDelegate</name>
    <message>
        <location filename="../ui/historydelegate.cpp" line="54" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Reqscope::HistoryModel</name>
    <message>
        <location filename="../core/historymodel.cpp" line="114" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../core/historymodel.cpp" line="116" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../core/historymodel.cpp" line="118" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../core/historymodel.cpp" line="120" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/historymodel.cpp" line="122" />
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <location filename="../core/historymodel.cpp" line="124" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Reqscope::HistoryPanel</name>
    <message>
        <location filename="../ui/historypanel.cpp" line="33" />
        <location filename="../ui/historypanel.cpp" line="34" />
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="36" />
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="39" />
        <source>History settings: how many requests to keep</source>
        <translation>Verlaufseinstellungen: wie viele Anfragen behalten werden</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="40" />
        <source>History settings</source>
        <translation>Verlaufseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="43" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="124" />
        <source>The request was not added to the history: %1</source>
        <translation>Die Anfrage wurde nicht in den Verlauf aufgenommen: %1</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="163" />
        <source>Copied the request as a curl command.</source>
        <translation>Die Anfrage wurde als curl-Befehl kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="172" />
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/historypanel.cpp" line="173" />
        <source>Delete all %n request(s) from the history? This cannot be undone.</source>
        <translation><numerusform>Die %n Anfrage aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.</numerusform><numerusform>Alle %n Anfragen aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="184" />
        <source>History cleared.</source>
        <translation>Verlauf geleert.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="228" />
        <source>History is off.</source>
        <translation>Der Verlauf ist aus.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="230" />
        <source>No request matches.</source>
        <translation>Keine Anfrage passt.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="232" />
        <source>Requests you send appear here.</source>
        <translation>Gesendete Anfragen erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="242" />
        <source>&amp;Open in editor</source>
        <translation>Im Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="243" />
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="244" />
        <source>&amp;Delete entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="247" />
        <source>C&amp;lear history…</source>
        <translation>Verlauf l&amp;eeren…</translation>
    </message>
    <message>
        <location filename="../ui/historypanel.cpp" line="249" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>Reqscope::HistorySettingsDialog</name>
    <message>
        <location filename="../ui/historysettingsdialog.cpp" line="25" />
        <source>History Settings</source>
        <translation>Verlaufseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/historysettingsdialog.cpp" line="27" />
        <source>Maximum number of requests</source>
        <translation>Höchstzahl der Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/historysettingsdialog.cpp" line="29" />
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/historysettingsdialog.cpp" line="30" />
        <source>Maximum history size</source>
        <translation>Höchstgröße des Verlaufs</translation>
    </message>
    <message>
        <location filename="../ui/historysettingsdialog.cpp" line="31" />
        <source>The oldest requests are deleted when either limit is reached. Passwords, tokens and secret variables are never stored.</source>
        <translation>Die ältesten Anfragen werden gelöscht, sobald eine der Grenzen erreicht ist. Passwörter, Tokens und geheime Variablen werden nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/historysettingsdialog.cpp" line="40" />
        <source>Keep at most:</source>
        <translation>Höchstens behalten:</translation>
    </message>
    <message>
        <location filename="../ui/historysettingsdialog.cpp" line="41" />
        <source>Up to:</source>
        <translation>Bis zu:</translation>
    </message>
</context>
<context>
    <name>Reqscope::KeyValueTable</name>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="23" />
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="24" />
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="27" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="27" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="38" />
        <source>Remove the selected row</source>
        <translation>Die gewählte Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="135" />
        <source>Send this row</source>
        <translation>Diese Zeile senden</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="141" />
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="179" />
        <source>Add a file to the form</source>
        <translation>Eine Datei zum Formular hinzufügen</translation>
    </message>
</context>
<context>
    <name>Reqscope::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76" />
        <location filename="../ui/mainwindow.cpp" line="128" />
        <source>Reqscope</source>
        <translation>Reqscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128" />
        <source>%1[*] — Reqscope</source>
        <translation>%1[*] — Reqscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150" />
        <source>Ready. Ctrl+Return sends, Esc aborts, Ctrl+L jumps to the URL.</source>
        <translation>Bereit. Strg+Eingabe sendet, Esc bricht ab, Strg+L springt zur URL.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161" />
        <source>&amp;New scratch request</source>
        <translation>&amp;Neue Anfrage ohne Sammlung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168" />
        <source>Save &amp;body…</source>
        <translation>&amp;Inhalt speichern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184" />
        <source>&amp;Copy as curl</source>
        <translation>Als curl &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185" />
        <source>&amp;Paste curl command</source>
        <translation>curl-Befehl &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189" />
        <source>&amp;Request</source>
        <translation>An&amp;frage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190" />
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192" />
        <source>&amp;Abort</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194" />
        <source>Focus &amp;URL</source>
        <translation>Zur &amp;URL</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200" />
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203" />
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204" />
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205" />
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220" />
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228" />
        <source>The language changes when Reqscope starts next time.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Reqscope.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234" />
        <source>Report a &amp;Bug…</source>
        <translation>&amp;Fehler melden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235" />
        <source>Screenshot and details of this request for a bug report, secrets hidden (Ctrl+Shift+R)</source>
        <translation>Bildschirmfoto und Details dieser Anfrage für einen Fehlerbericht, Geheimnisse verborgen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241" />
        <source>&amp;About Reqscope</source>
        <translation>&amp;Über Reqscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243" />
        <source>About Reqscope</source>
        <translation>Über Reqscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244" />
        <source>Reqscope %1 — a native request inspector with a WinHTTP-faithful engine.</source>
        <translation>Reqscope %1 – ein nativer Anfrage-Inspektor mit einer WinHTTP-treuen Engine.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="301" />
        <source>Type a URL first.</source>
        <translation>Geben Sie zuerst eine URL ein.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="310" />
        <source>Synchronous Send: input is excluded until it returns.</source>
        <translation>Synchrones Senden: Eingaben sind bis zur Rückkehr gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332" />
        <source>Sent with unresolved variables: %1</source>
        <translation>Mit nicht aufgelösten Variablen gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393" />
        <source>Copied the request as a curl command.</source>
        <translation>Die Anfrage wurde als curl-Befehl kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407" />
        <source>That is not a curl command with a URL.</source>
        <translation>Das ist kein curl-Befehl mit einer URL.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411" />
        <source>Filled the request from the curl command.</source>
        <translation>Die Anfrage wurde aus dem curl-Befehl gefüllt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427" />
        <source>%1 is now the body.</source>
        <translation>%1 ist jetzt der Inhalt.</translation>
    </message>
</context>
<context>
    <name>Reqscope::OptionsEditor</name>
    <message>
        <location filename="../ui/optionseditor.cpp" line="43" />
        <source>Timeouts (0 = infinite)</source>
        <translation>Zeitlimits (0 = unbegrenzt)</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="44" />
        <source>Resolve:</source>
        <translation>Namensauflösung:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="44" />
        <source>Connect:</source>
        <translation>Verbinden:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="44" />
        <source>Send:</source>
        <translation>Senden:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="44" />
        <source>Receive:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="52" />
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="54" />
        <source>From the environment (http_proxy, https_proxy, no_proxy)</source>
        <translation>Aus der Umgebung (http_proxy, https_proxy, no_proxy)</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="55" />
        <source>Direct, no proxy</source>
        <translation>Direkt, ohne Proxy</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="56" />
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="57" />
        <source>Proxy mode</source>
        <translation>Proxy-Modus</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="60" />
        <source>Proxy server</source>
        <translation>Proxy-Server</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="63" />
        <source>Proxy bypass list</source>
        <translation>Proxy-Ausnahmeliste</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="64" />
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="65" />
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="66" />
        <source>Bypass:</source>
        <translation>Ausnahmen:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="68" />
        <source>Redirects</source>
        <translation>Umleitungen</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="69" />
        <source>Follow redirects</source>
        <translation>Umleitungen folgen</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="70" />
        <source>Maximum redirects:</source>
        <translation>Höchstzahl Umleitungen:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="71" />
        <source>Allow HTTPS → HTTP redirects</source>
        <translation>Umleitungen von HTTPS nach HTTP erlauben</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="73" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="75" />
        <source>Ignore unknown certificate authority</source>
        <translation>Unbekannte Zertifizierungsstelle ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="76" />
        <source>Ignore wrong certificate usage</source>
        <translation>Falsche Zertifikatsverwendung ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="77" />
        <source>Ignore host name mismatch</source>
        <translation>Abweichenden Hostnamen ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="78" />
        <source>Ignore expired or not yet valid certificate</source>
        <translation>Abgelaufenes oder noch nicht gültiges Zertifikat ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="96" />
        <source>Protocols:</source>
        <translation>Protokolle:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="98" />
        <source>Check certificate revocation (OCSP)</source>
        <translation>Zertifikatssperrung prüfen (OCSP)</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="100" />
        <source>Extra CA file:</source>
        <translation>Zusätzliche CA-Datei:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="100" />
        <source>PEM file trusted in addition</source>
        <translation>Zusätzlich vertrauenswürdige PEM-Datei</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="102" />
        <source>PEM/PKCS#12 path or CURRENT_USER\MY\Subject</source>
        <translation>PEM/PKCS#12-Pfad oder CURRENT_USER\MY\Antragsteller</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="103" />
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="105" />
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="108" />
        <source>Certificate password:</source>
        <translation>Zertifikatspasswort:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="111" />
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="112" />
        <source>User agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="113" />
        <source>Use HTTP/1.1 (off: HTTP/1.0)</source>
        <translation>HTTP/1.1 verwenden (aus: HTTP/1.0)</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="114" />
        <source>Max response header size:</source>
        <translation>Maximale Größe der Antwort-Header:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="115" />
        <source>URL code page:</source>
        <translation>Codepage der URL:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="116" />
        <source>Escape every % in the URL</source>
        <translation>Jedes % in der URL maskieren</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="117" />
        <source>Do not escape unsafe URL characters</source>
        <translation>Unsichere Zeichen der URL nicht maskieren</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="118" />
        <source>Do not escape unsafe query characters</source>
        <translation>Unsichere Zeichen der Abfrage nicht maskieren</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="119" />
        <source>Reject user:password@ in URLs</source>
        <translation>user:passwort@ in URLs ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="120" />
        <source>Trace to the log (reqscope.http.trace)</source>
        <translation>Ablauf protokollieren (reqscope.http.trace)</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="122" />
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="122" />
        <source>Only if the proxy is bypassed</source>
        <translation>Nur ohne Proxy</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="122" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="123" />
        <source>Auto-logon policy</source>
        <translation>Richtlinie für automatische Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="125" />
        <source>Auto-logon policy:</source>
        <translation>Automatische Anmeldung:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="127" />
        <source>Accepted for compatibility (no effect on Linux)</source>
        <translation>Aus Kompatibilität akzeptiert (unter Linux ohne Wirkung)</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="128" />
        <source>Max response drain size:</source>
        <translation>Maximale Drain-Größe der Antwort:</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="129" />
        <source>Revert impersonation over SSL</source>
        <translation>Identitätswechsel über SSL zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="130" />
        <source>Passport authentication</source>
        <translation>Passport-Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="156" />
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="157" />
        <source>infinite</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/optionseditor.cpp" line="265" />
        <location filename="../ui/optionseditor.cpp" line="267" />
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
</context>
<context>
    <name>Reqscope::ReportDialog</name>
    <message>
        <location filename="../ui/reportdialog.cpp" line="70" />
        <source>Report a Bug</source>
        <translation>Fehler melden</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="71" />
        <source>What went wrong, in one line</source>
        <translation>Was schiefging, in einer Zeile</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="72" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="73" />
        <source>What you expected to happen</source>
        <translation>Was Sie erwartet haben</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="74" />
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="75" />
        <source>What happened instead</source>
        <translation>Was stattdessen geschah</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="76" />
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="83" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="84" />
        <source>&amp;Expected:</source>
        <translation>&amp;Erwartet:</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="85" />
        <source>&amp;What happened:</source>
        <translation>&amp;Was geschah:</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="106" />
        <source>Save &amp;HTML…</source>
        <translation>&amp;HTML speichern…</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="107" />
        <source>Save &amp;Markdown…</source>
        <translation>&amp;Markdown speichern…</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="108" />
        <source>&amp;Copy as Markdown</source>
        <translation>Als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="142" />
        <source>Hidden in this report (untick to show a value):</source>
        <translation>In diesem Bericht verborgen (Haken entfernen, um einen Wert zu zeigen):</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="144" />
        <source>Hidden values</source>
        <translation>Verborgene Werte</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="145" />
        <source>Any other text to hide</source>
        <translation>Weiterer Text, der verborgen werden soll</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="146" />
        <source>Text to hide</source>
        <translation>Zu verbergender Text</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="147" />
        <source>Hi&amp;de</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="221" />
        <source>Hidden: untick to show this value in the report</source>
        <translation>Verborgen: Haken entfernen, um diesen Wert im Bericht zu zeigen</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="222" />
        <source>Shown in the report: tick to hide it again</source>
        <translation>Im Bericht sichtbar: Haken setzen, um ihn wieder zu verbergen</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="263" />
        <source>Copied as Markdown. The screenshot is on the clipboard as an image too: paste or attach it where the text links %1.</source>
        <translation>Als Markdown kopiert. Das Bildschirmfoto liegt auch als Bild in der Zwischenablage: fügen Sie es dort ein oder hängen Sie es an, wo der Text auf %1 verweist.</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="272" />
        <source>Save the report as HTML</source>
        <translation>Bericht als HTML speichern</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="272" />
        <source>Save the report as Markdown</source>
        <translation>Bericht als Markdown speichern</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="274" />
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="274" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="281" />
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Reqscope::ReportPreview</name>
    <message>
        <location filename="../ui/reportpreview.cpp" line="17" />
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
</context>
<context>
    <name>Reqscope::RequestBar</name>
    <message>
        <location filename="../ui/requestbar.cpp" line="25" />
        <location filename="../ui/requestbar.cpp" line="49" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="26" />
        <location filename="../ui/requestbar.cpp" line="52" />
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="34" />
        <location filename="../ui/requestbar.cpp" line="35" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="36" />
        <source>HTTP method: pick one or type any token</source>
        <translation>HTTP-Methode: eine wählen oder ein beliebiges Token eingeben</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="39" />
        <source>Enter a URL or paste a curl command</source>
        <translation>URL eingeben oder curl-Befehl einfügen</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="40" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="48" />
        <source>Send the request (Ctrl+Return)</source>
        <translation>Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="50" />
        <source>Abort the running request (Esc). In Sync mode input is excluded while Send runs: arm an abort trigger instead.</source>
        <translation>Laufende Anfrage abbrechen (Esc). Im synchronen Modus sind Eingaben während des Sendens gesperrt: schalten Sie stattdessen einen Abbruch-Auslöser scharf.</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="55" />
        <source>Async</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="56" />
        <source>Sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="57" />
        <source>Send mode</source>
        <translation>Sendemodus</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="58" />
        <source>Async: Send returns at once and Abort works at any moment.
Sync: Send blocks in a nested event loop that excludes input, as WinHTTP does.</source>
        <translation>Asynchron: Senden kehrt sofort zurück, Abbrechen wirkt jederzeit.
Synchron: Senden blockiert in einer verschachtelten Ereignisschleife ohne Eingaben, wie bei WinHTTP.</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="61" />
        <source>No abort trigger</source>
        <translation>Kein Abbruch-Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="62" />
        <source>Abort on response start</source>
        <translation>Abbruch bei Antwortbeginn</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="63" />
        <source>Abort on first chunk</source>
        <translation>Abbruch beim ersten Block</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="64" />
        <source>Abort after N bytes</source>
        <translation>Abbruch nach N Bytes</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="65" />
        <source>Abort after T ms</source>
        <translation>Abbruch nach T ms</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="66" />
        <source>Abort trigger</source>
        <translation>Abbruch-Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="67" />
        <source>Armed before Send and fired from inside the engine's events: the only way to stop a synchronous Send.</source>
        <translation>Vor dem Senden scharf geschaltet und aus den Ereignissen der Engine ausgelöst: der einzige Weg, ein synchrones Senden zu beenden.</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="71" />
        <source>Abort trigger value</source>
        <translation>Wert des Abbruch-Auslösers</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="197" />
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/requestbar.cpp" line="197" />
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
</context>
<context>
    <name>Reqscope::RequestDocument</name>
    <message>
        <location filename="../ui/requestdocument.cpp" line="57" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/requestdocument.cpp" line="123" />
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/requestdocument.cpp" line="131" />
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <location filename="../ui/requestdocument.cpp" line="131" />
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/requestdocument.cpp" line="154" />
        <source>Saved as “%1”.</source>
        <translation>Als „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/requestdocument.cpp" line="167" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/requestdocument.cpp" line="168" />
        <source>“%1” has changes that are not saved.</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../ui/requestdocument.cpp" line="171" />
        <source>Save them before going on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
</context>
<context>
    <name>Reqscope::RequestEditor</name>
    <message>
        <location filename="../ui/requesteditor.cpp" line="21" />
        <source>Query parameters</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <location filename="../ui/requesteditor.cpp" line="22" />
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <location filename="../ui/requesteditor.cpp" line="27" />
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/requesteditor.cpp" line="30" />
        <source>&amp;Params</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <location filename="../ui/requesteditor.cpp" line="31" />
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <location filename="../ui/requesteditor.cpp" line="32" />
        <source>&amp;Body</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/requesteditor.cpp" line="38" />
        <source>A&amp;uth</source>
        <translation>A&amp;nmeldung</translation>
    </message>
    <message>
        <location filename="../ui/requesteditor.cpp" line="39" />
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <location filename="../ui/requesteditor.cpp" line="118" />
        <source>Sent by default; add a row with the same name to replace it.</source>
        <translation>Wird standardmäßig gesendet; eine Zeile mit demselben Namen ersetzt ihn.</translation>
    </message>
    <message>
        <location filename="../ui/requesteditor.cpp" line="29" />
        <source>Request tabs</source>
        <translation>Anfrage-Reiter</translation>
    </message>
</context>
<context>
    <name>Reqscope::RequestRunner</name>
    <message numerus="yes">
        <location filename="../core/requestrunner.cpp" line="36" />
        <source>abort after %n ms</source>
        <translation><numerusform>Abbruch nach %n ms</numerusform><numerusform>Abbruch nach %n ms</numerusform></translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="113" />
        <source>Header "%1": %2</source>
        <translation>Header „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="163" />
        <source>by the user</source>
        <translation>durch den Benutzer</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="194" />
        <source>abort on response start</source>
        <translation>Abbruch bei Antwortbeginn</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="202" />
        <source>cannot keep the body: %1</source>
        <translation>Inhalt kann nicht behalten werden: %1</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="207" />
        <source>abort on first chunk</source>
        <translation>Abbruch beim ersten Block</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="209" />
        <source>abort after %1 bytes</source>
        <translation>Abbruch nach %1 Bytes</translation>
    </message>
</context>
<context>
    <name>Reqscope::ResponseView</name>
    <message>
        <location filename="../ui/responseview.cpp" line="48" />
        <source>&lt;p style='font-size:large'&gt;No response yet&lt;/p&gt;&lt;p&gt;Pick a request from the &lt;b&gt;Playground&lt;/b&gt; on the left, or type a URL,&lt;br&gt;then press &lt;b&gt;Send&lt;/b&gt; (Ctrl+Return). Esc aborts.&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:large'&gt;Noch keine Antwort&lt;/p&gt;&lt;p&gt;Wählen Sie links eine Anfrage aus dem &lt;b&gt;Spielplatz&lt;/b&gt; oder geben Sie eine URL ein,&lt;br&gt;und drücken Sie &lt;b&gt;Senden&lt;/b&gt; (Strg+Eingabe). Esc bricht ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/responseview.cpp" line="56" />
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <location filename="../ui/responseview.cpp" line="58" />
        <source>Response summary</source>
        <translation>Zusammenfassung der Antwort</translation>
    </message>
    <message>
        <location filename="../ui/responseview.cpp" line="61" />
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/responseview.cpp" line="63" />
        <source>Bo&amp;dy</source>
        <translation>Inhal&amp;t</translation>
    </message>
    <message>
        <location filename="../ui/responseview.cpp" line="64" />
        <source>H&amp;eaders</source>
        <translation>H&amp;eader</translation>
    </message>
    <message>
        <location filename="../ui/responseview.cpp" line="65" />
        <source>E&amp;vents</source>
        <translation>E&amp;reignisse</translation>
    </message>
    <message>
        <location filename="../ui/responseview.cpp" line="105" />
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <location filename="../ui/responseview.cpp" line="124" />
        <location filename="../ui/responseview.cpp" line="138" />
        <source>%1 ms · %2</source>
        <translation>%1 ms · %2</translation>
    </message>
    <message>
        <location filename="../ui/responseview.cpp" line="147" />
        <source>Aborted (%1)</source>
        <translation>Abgebrochen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/responseview.cpp" line="149" />
        <source> · after %1 %2</source>
        <translation> · nach %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/responseview.cpp" line="153" />
        <source>Failed (%1)</source>
        <translation>Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/responseview.cpp" line="62" />
        <source>Response tabs</source>
        <translation>Antwort-Reiter</translation>
    </message>
</context>
<context>
    <name>Reqscope::SaveAsDialog</name>
    <message>
        <location filename="../ui/saveasdialog.cpp" line="23" />
        <source>Save request as</source>
        <translation>Anfrage speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/saveasdialog.cpp" line="33" />
        <source>Collection or folder</source>
        <translation>Sammlung oder Ordner</translation>
    </message>
    <message>
        <location filename="../ui/saveasdialog.cpp" line="34" />
        <source>Request name</source>
        <translation>Name der Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/saveasdialog.cpp" line="38" />
        <source>&amp;In:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <location filename="../ui/saveasdialog.cpp" line="39" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/saveasdialog.cpp" line="41" />
        <source>No collection is open: create or open one first (File menu).</source>
        <translation>Keine Sammlung ist geöffnet: erstellen oder öffnen Sie zuerst eine (Menü Datei).</translation>
    </message>
</context>
<context>
    <name>Reqscope::Sidebar</name>
    <message>
        <location filename="../ui/sidebar.cpp" line="20" />
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <location filename="../ui/sidebar.cpp" line="21" />
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <location filename="../ui/sidebar.cpp" line="22" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>Reqscope::TimingPhases</name>
    <message>
        <location filename="../ui/timingphases.cpp" line="62" />
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../ui/timingphases.cpp" line="64" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/timingphases.cpp" line="66" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/timingphases.cpp" line="68" />
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/timingphases.cpp" line="70" />
        <source>Waiting (TTFB)</source>
        <translation>Warten (TTFB)</translation>
    </message>
    <message>
        <location filename="../ui/timingphases.cpp" line="72" />
        <source>Receiving</source>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>Reqscope::TransferProgress</name>
    <message>
        <location filename="../ui/transferprogress.cpp" line="20" />
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/transferprogress.cpp" line="34" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/transferprogress.cpp" line="36" />
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/transferprogress.cpp" line="42" />
        <source>ETA %1 s</source>
        <translation>noch %1 s</translation>
    </message>
</context>
<context>
    <name>Reqscope::VariableHighlighter</name>
    <message>
        <location filename="../ui/variablehighlighter.cpp" line="56" />
        <source>{{%1}} is not defined: not in the request, its folders, the collection, the environment or the globals. It is sent as written.</source>
        <translation>{{%1}} ist nicht definiert: weder in der Anfrage, ihren Ordnern, der Sammlung, der Umgebung noch global. Es wird so gesendet, wie es dasteht.</translation>
    </message>
    <message>
        <location filename="../ui/variablehighlighter.cpp" line="60" />
        <source>{{%1}} uses {{%2}}, which is not defined.</source>
        <translation>{{%1}} verwendet {{%2}}, das nicht definiert ist.</translation>
    </message>
    <message>
        <location filename="../ui/variablehighlighter.cpp" line="63" />
        <source>{{%1}} = •••••• (secret)</source>
        <translation>{{%1}} = •••••• (geheim)</translation>
    </message>
    <message>
        <location filename="../ui/variablehighlighter.cpp" line="64" />
        <source>{{%1}} = %2</source>
        <translation>{{%1}} = %2</translation>
    </message>
</context>
<context>
    <name>Reqscope::VariableTable</name>
    <message>
        <location filename="../ui/variabletable.cpp" line="60" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/variabletable.cpp" line="60" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/variabletable.cpp" line="60" />
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <location filename="../ui/variabletable.cpp" line="60" />
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/variabletable.cpp" line="61" />
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location filename="../ui/variabletable.cpp" line="77" />
        <source>Add variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/variabletable.cpp" line="78" />
        <source>Remove variable</source>
        <translation>Variable entfernen</translation>
    </message>
</context>
</TS>