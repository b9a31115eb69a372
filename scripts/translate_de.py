#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fills translations/reqscope_de.ts from the table below (run after lupdate); fails on any source without German."""
import sys
import xml.etree.ElementTree as ET

DE = {
    'Basics': 'Grundlagen', 'Streaming': 'Streaming', 'Redirects and auth': 'Umleitungen und Anmeldung',
    'Faults': 'Fehler', 'Get JSON': 'JSON abrufen',
    'A small JSON answer: try the Pretty view.': 'Eine kleine JSON-Antwort: probieren Sie die formatierte Ansicht.',
    'Post JSON': 'JSON senden', 'Echoes what you send.': 'Gibt zurück, was Sie senden.',
    'Status 404': 'Status 404',
    'An HTTP error is a response, not a failure.': 'Ein HTTP-Fehler ist eine Antwort, kein Abbruch.',
    'Random bytes (1 MiB)': 'Zufallsbytes (1 MiB)', 'Binary body: try the Hex view.': 'Binärer Inhalt: probieren Sie die Hex-Ansicht.',
    'Charset ISO-8859-1': 'Zeichensatz ISO-8859-1', 'Text in a legacy charset.': 'Text in einem alten Zeichensatz.',
    'Stream 100 MiB': '100 MiB streamen',
    'Chunked download: watch progress, rate and the bytes-over-time plot.':
        'Download in Blöcken: Fortschritt, Rate und Bytes-über-Zeit-Diagramm beobachten.',
    'Drip (slow chunks)': 'Tröpfeln (langsame Blöcke)',
    'One byte every half second: switch to Sync and arm "Abort on first chunk".':
        'Ein Byte pro halbe Sekunde: auf „Synchron“ umschalten und „Abbruch beim ersten Block“ scharf schalten.',
    'Delay 3 s': '3 s Verzögerung', 'Nothing for three seconds: press Esc to abort.': 'Drei Sekunden lang nichts: Esc bricht ab.',
    'Server-sent events': 'Server-Sent Events', 'Ten events, one every 500 ms.': 'Zehn Ereignisse, eines alle 500 ms.',
    'Redirect 3 times': '3-mal umleiten', 'Followed automatically (Options → Redirects).': 'Wird automatisch verfolgt (Optionen → Umleitungen).',
    'Basic auth': 'Basic-Anmeldung', 'User "user", password "passwd".': 'Benutzer „user“, Passwort „passwd“.',
    'A broken server: see how the engine reports it.': 'Ein kaputter Server: sehen Sie, wie die Engine ihn meldet.',
    'No authentication': 'Keine Anmeldung', 'Basic': 'Basic', 'Digest': 'Digest', 'Bearer token': 'Bearer-Token',
    'Authentication kind': 'Art der Anmeldung', 'User name': 'Benutzername', 'Password': 'Passwort',
    'Proxy user name': 'Proxy-Benutzername', 'Proxy password': 'Proxy-Passwort', '&Type:': '&Art:', '&User:': '&Benutzer:',
    '&Password:': '&Passwort:', 'T&oken:': 'T&oken:',
    'Proxy credentials (answer a 407 from the proxy)': 'Proxy-Zugangsdaten (Antwort auf ein 407 des Proxys)',
    'Proxy u&ser:': 'Proxy-Be&nutzer:', 'Proxy pa&ssword:': 'Proxy-Pa&sswort:',
    'No credentials are sent. A 401 answer is shown as it is.': 'Es werden keine Zugangsdaten gesendet. Eine 401-Antwort wird so gezeigt, wie sie ist.',
    'Sent with the first request as an Authorization header, like curl -u.':
        'Wird gleich mit der ersten Anfrage als Authorization-Header gesendet, wie bei curl -u.',
    "Given to the engine (SetCredentials) and used only to answer the server's challenge.":
        'Wird an die Engine übergeben (SetCredentials) und nur zur Antwort auf die Aufforderung des Servers verwendet.',
    'Sent as "Authorization: Bearer <token>".': 'Wird als „Authorization: Bearer <token>“ gesendet.',
    'Form fields': 'Formularfelder', 'No body': 'Kein Inhalt', 'Text': 'Text', 'JSON': 'JSON',
    'Form (URL-encoded)': 'Formular (URL-kodiert)', 'Multipart form (fields and files)': 'Multipart-Formular (Felder und Dateien)',
    'Binary file': 'Binärdatei', 'Body kind': 'Art des Inhalts',
    'This request has no body. Choose a kind above, or drop a file onto the window.':
        'Diese Anfrage hat keinen Inhalt. Wählen Sie oben eine Art oder ziehen Sie eine Datei auf das Fenster.',
    'Body text': 'Inhaltstext', 'Choose file…': 'Datei wählen…', 'Body file': 'Inhaltsdatei',
    'Path of the file to send as the body': 'Pfad der Datei, die als Inhalt gesendet wird', '&Kind:': 'A&rt:',
    'Choose the body file': 'Inhaltsdatei wählen',
    'Load more': 'Mehr laden', 'Save body…': 'Inhalt speichern…', 'Raw': 'Roh', 'Pretty': 'Formatiert', 'Hex': 'Hex',
    'Image': 'Bild', '%1 view': 'Ansicht %1', 'Show the next %1 of the body': 'Die nächsten %1 des Inhalts zeigen',
    'Save the whole body to a file': 'Den ganzen Inhalt in eine Datei speichern', 'Raw body': 'Roher Inhalt',
    'Pretty body': 'Formatierter Inhalt', 'The body appears here as it arrives.': 'Der Inhalt erscheint hier, sobald er ankommt.',
    'Image view of the body': 'Bildansicht des Inhalts',
    'The body is not valid JSON or XML; see Raw.': 'Der Inhalt ist kein gültiges JSON oder XML; siehe Roh.',
    'The body is not an image Qt can decode.': 'Der Inhalt ist kein Bild, das Qt dekodieren kann.',
    'Pretty view is built once the body is complete.': 'Die formatierte Ansicht entsteht, sobald der Inhalt vollständig ist.',
    'The body is %1; Pretty view formats bodies up to %2. Use Raw, Hex or Save body…':
        'Der Inhalt ist %1 groß; die formatierte Ansicht formatiert Inhalte bis %2. Nutzen Sie Roh, Hex oder Inhalt speichern…',
    'Pretty view formats JSON and XML; this body is %1.': 'Die formatierte Ansicht formatiert JSON und XML; dieser Inhalt ist %1.',
    'untyped': 'ohne Typ', 'Formatting…': 'Formatiere…',
    'The image is shown once the body is complete.': 'Das Bild wird gezeigt, sobald der Inhalt vollständig ist.',
    'The body is too large to show as an image.': 'Der Inhalt ist zu groß, um ihn als Bild zu zeigen.',
    'Decoding…': 'Dekodiere…', 'Empty body': 'Leerer Inhalt', 'Showing %1 of %2': '%1 von %2 angezeigt',
    'Save body': 'Inhalt speichern', 'Body saved to %1': 'Inhalt gespeichert unter %1',
    'Could not save the body: %1': 'Der Inhalt konnte nicht gespeichert werden: %1',
    'Bytes over time': 'Bytes über die Zeit',
    'Timing phases and bytes over time appear here after Send.': 'Zeitphasen und Bytes über die Zeit erscheinen hier nach dem Senden.',
    '%1 ms': '%1 ms', 'reused connection': 'wiederverwendete Verbindung', 'No phase completed': 'Keine Phase abgeschlossen',
    'DNS': 'DNS', 'Connect': 'Verbinden', 'Sending': 'Senden', 'Waiting (TTFB)': 'Warten (TTFB)', 'Receiving': 'Empfangen',
    'Time (ms)': 'Zeit (ms)', 'Event': 'Ereignis', 'Bytes': 'Bytes', 'Total': 'Gesamt', 'Details': 'Details',
    'Events': 'Ereignisse', 'No request yet.': 'Noch keine Anfrage.',
    '%1 OnResponseStart · %2 OnResponseDataAvailable · %3 OnResponseFinished · %4 OnError':
        '%1 OnResponseStart · %2 OnResponseDataAvailable · %3 OnResponseFinished · %4 OnError',
    'Name': 'Name', 'Value': 'Wert', 'Response headers': 'Antwort-Header', 'Raw response headers': 'Rohe Antwort-Header',
    'Hex view of the body': 'Hex-Ansicht des Inhalts',
    'Add file…': 'Datei hinzufügen…', 'Remove row': 'Zeile entfernen', 'Remove the selected row': 'Die gewählte Zeile entfernen',
    'Send this row': 'Diese Zeile senden', 'File: %1': 'Datei: %1', 'Add a file to the form': 'Eine Datei zum Formular hinzufügen',
    'Reqscope': 'Reqscope',
    'Ready. Ctrl+Return sends, Esc aborts, Ctrl+L jumps to the URL.':
        'Bereit. Strg+Eingabe sendet, Esc bricht ab, Strg+L springt zur URL.',
    '&File': '&Datei', '&New request': '&Neue Anfrage', '&Save body…': 'Inhalt &speichern…', '&Quit': '&Beenden',
    '&Edit': '&Bearbeiten', '&Copy as curl': 'Als curl &kopieren', '&Paste curl command': 'curl-Befehl &einfügen',
    '&Request': 'An&frage', '&Send': '&Senden', '&Abort': '&Abbrechen', 'Focus &URL': 'Zur &URL',
    '&View': '&Ansicht', '&Theme': '&Farbschema', 'Follow the &system': 'Dem &System folgen', '&Light': '&Hell',
    '&Dark': '&Dunkel', '&Language': '&Sprache', 'Follow the system': 'Dem System folgen',
    'The language changes when Reqscope starts next time.': 'Die Sprache wechselt beim nächsten Start von Reqscope.',
    '&Help': '&Hilfe', '&About Reqscope': '&Über Reqscope', 'About Reqscope': 'Über Reqscope',
    'Reqscope %1 — a native request inspector with a WinHTTP-faithful engine.':
        'Reqscope %1 – ein nativer Anfrage-Inspektor mit einer WinHTTP-treuen Engine.',
    'Type a URL first.': 'Geben Sie zuerst eine URL ein.',
    'Synchronous Send: input is excluded until it returns.': 'Synchrones Senden: Eingaben sind bis zur Rückkehr gesperrt.',
    'Copied the request as a curl command.': 'Die Anfrage wurde als curl-Befehl kopiert.',
    'That is not a curl command with a URL.': 'Das ist kein curl-Befehl mit einer URL.',
    'Filled the request from the curl command.': 'Die Anfrage wurde aus dem curl-Befehl gefüllt.',
    '%1 is now the body.': '%1 ist jetzt der Inhalt.',
    'Timeouts (0 = infinite)': 'Zeitlimits (0 = unbegrenzt)', 'Resolve:': 'Namensauflösung:', 'Connect:': 'Verbinden:',
    'Send:': 'Senden:', 'Receive:': 'Empfangen:', 'Proxy': 'Proxy',
    'From the environment (http_proxy, https_proxy, no_proxy)': 'Aus der Umgebung (http_proxy, https_proxy, no_proxy)',
    'Direct, no proxy': 'Direkt, ohne Proxy', 'This proxy:': 'Dieser Proxy:', 'Proxy mode': 'Proxy-Modus',
    'Proxy server': 'Proxy-Server', 'Proxy bypass list': 'Proxy-Ausnahmeliste', 'Mode:': 'Modus:', 'Server:': 'Server:',
    'Bypass:': 'Ausnahmen:', 'Redirects': 'Umleitungen', 'Follow redirects': 'Umleitungen folgen',
    'Maximum redirects:': 'Höchstzahl Umleitungen:', 'Allow HTTPS → HTTP redirects': 'Umleitungen von HTTPS nach HTTP erlauben',
    'TLS': 'TLS', 'Ignore unknown certificate authority': 'Unbekannte Zertifizierungsstelle ignorieren',
    'Ignore wrong certificate usage': 'Falsche Zertifikatsverwendung ignorieren',
    'Ignore host name mismatch': 'Abweichenden Hostnamen ignorieren',
    'Ignore expired or not yet valid certificate': 'Abgelaufenes oder noch nicht gültiges Zertifikat ignorieren',
    'Protocols:': 'Protokolle:', 'Check certificate revocation (OCSP)': 'Zertifikatssperrung prüfen (OCSP)',
    'Extra CA file:': 'Zusätzliche CA-Datei:', 'PEM file trusted in addition': 'Zusätzlich vertrauenswürdige PEM-Datei',
    'PEM/PKCS#12 path or CURRENT_USER\\MY\\Subject': 'PEM/PKCS#12-Pfad oder CURRENT_USER\\MY\\Antragsteller',
    'Client certificate': 'Client-Zertifikat', 'Client certificate:': 'Client-Zertifikat:',
    'Certificate password:': 'Zertifikatspasswort:', 'Request': 'Anfrage', 'User agent:': 'User-Agent:',
    'Use HTTP/1.1 (off: HTTP/1.0)': 'HTTP/1.1 verwenden (aus: HTTP/1.0)',
    'Max response header size:': 'Maximale Größe der Antwort-Header:', 'URL code page:': 'Codepage der URL:',
    'Escape every % in the URL': 'Jedes % in der URL maskieren',
    'Do not escape unsafe URL characters': 'Unsichere Zeichen der URL nicht maskieren',
    'Do not escape unsafe query characters': 'Unsichere Zeichen der Abfrage nicht maskieren',
    'Reject user:password@ in URLs': 'user:passwort@ in URLs ablehnen',
    'Trace to the log (reqscope.http.trace)': 'Ablauf protokollieren (reqscope.http.trace)',
    'Always': 'Immer', 'Only if the proxy is bypassed': 'Nur ohne Proxy', 'Never': 'Nie',
    'Auto-logon policy': 'Richtlinie für automatische Anmeldung', 'Auto-logon policy:': 'Automatische Anmeldung:',
    'Accepted for compatibility (no effect on Linux)': 'Aus Kompatibilität akzeptiert (unter Linux ohne Wirkung)',
    'Max response drain size:': 'Maximale Drain-Größe der Antwort:',
    'Revert impersonation over SSL': 'Identitätswechsel über SSL zurücknehmen',
    'Passport authentication': 'Passport-Anmeldung', ' ms': ' ms', 'infinite': 'unbegrenzt',
    'Send': 'Senden', 'Abort': 'Abbrechen', 'Method': 'Methode',
    'HTTP method: pick one or type any token': 'HTTP-Methode: eine wählen oder ein beliebiges Token eingeben',
    'Enter a URL or paste a curl command': 'URL eingeben oder curl-Befehl einfügen', 'URL': 'URL',
    'Send the request (Ctrl+Return)': 'Anfrage senden (Strg+Eingabe)',
    'Abort the running request (Esc). In Sync mode input is excluded while Send runs: arm an abort trigger instead.':
        'Laufende Anfrage abbrechen (Esc). Im synchronen Modus sind Eingaben während des Sendens gesperrt: '
        'schalten Sie stattdessen einen Abbruch-Auslöser scharf.',
    'Async': 'Asynchron', 'Sync': 'Synchron', 'Send mode': 'Sendemodus',
    'Async: Send returns at once and Abort works at any moment.\nSync: Send blocks in a nested event loop that excludes input, as WinHTTP does.':
        'Asynchron: Senden kehrt sofort zurück, Abbrechen wirkt jederzeit.\n'
        'Synchron: Senden blockiert in einer verschachtelten Ereignisschleife ohne Eingaben, wie bei WinHTTP.',
    'No abort trigger': 'Kein Abbruch-Auslöser', 'Abort on response start': 'Abbruch bei Antwortbeginn',
    'Abort on first chunk': 'Abbruch beim ersten Block', 'Abort after N bytes': 'Abbruch nach N Bytes',
    'Abort after T ms': 'Abbruch nach T ms', 'Abort trigger': 'Abbruch-Auslöser',
    "Armed before Send and fired from inside the engine's events: the only way to stop a synchronous Send.":
        'Vor dem Senden scharf geschaltet und aus den Ereignissen der Engine ausgelöst: der einzige Weg, '
        'ein synchrones Senden zu beenden.',
    'Abort trigger value': 'Wert des Abbruch-Auslösers', ' bytes': ' Bytes',
    'Choose a file…': 'Datei wählen…',
    'Request tabs': 'Anfrage-Reiter', 'Response tabs': 'Antwort-Reiter',
    'Query parameters': 'Abfrageparameter', 'Request headers': 'Anfrage-Header', '&Params': '&Parameter',
    '&Headers': '&Header', '&Body': '&Inhalt', 'A&uth': 'A&nmeldung', '&Options': '&Optionen',
    'Sent by default; add a row with the same name to replace it.':
        'Wird standardmäßig gesendet; eine Zeile mit demselben Namen ersetzt ihn.',
    'Header "%1": %2': 'Header „%1“: %2', 'by the user': 'durch den Benutzer',
    'abort on response start': 'Abbruch bei Antwortbeginn', 'cannot keep the body: %1': 'Inhalt kann nicht behalten werden: %1',
    'abort on first chunk': 'Abbruch beim ersten Block', 'abort after %1 bytes': 'Abbruch nach %1 Bytes',
    "<p style='font-size:large'>No response yet</p><p>Pick a request from the <b>Playground</b> on the left, or type a URL,<br>then press <b>Send</b> (Ctrl+Return). Esc aborts.</p>":
        "<p style='font-size:large'>Noch keine Antwort</p><p>Wählen Sie links eine Anfrage aus dem <b>Spielplatz</b> "
        "oder geben Sie eine URL ein,<br>und drücken Sie <b>Senden</b> (Strg+Eingabe). Esc bricht ab.</p>",
    'Response status': 'Antwortstatus', 'Response summary': 'Zusammenfassung der Antwort', 'Response': 'Antwort',
    'Bo&dy': 'Inhal&t', 'H&eaders': 'H&eader', 'E&vents': 'E&reignisse', 'Sending…': 'Sende…', '%1 ms · %2': '%1 ms · %2',
    'Aborted (%1)': 'Abgebrochen (%1)', ' · after %1 %2': ' · nach %1 %2', 'Failed (%1)': 'Fehlgeschlagen (%1)',
    'Collections': 'Sammlungen', '<b>Collections</b>': '<b>Sammlungen</b>', 'Playground': 'Spielplatz',
    'Ready requests against the embedded server: press Send.': 'Fertige Anfragen an den eingebauten Server: einfach Senden drücken.',
    '(not running)': '(läuft nicht)',
    'Ready requests against the embedded server at %1: press Send.':
        'Fertige Anfragen an den eingebauten Server unter %1: einfach Senden drücken.',
    'Download progress': 'Download-Fortschritt', '%1 of %2': '%1 von %2', '%1/s': '%1/s', 'ETA %1 s': 'noch %1 s',
    # Collections in the sidebar (issue 7): tree, actions, save and unsaved changes.
    '%1 (loading…)': '%1 (wird geladen…)', 'New folder': 'Neuer Ordner', 'Add “%1”': '„%1“ hinzufügen',
    'Delete “%1”': '„%1“ löschen', '%1 copy': '%1 Kopie', 'Could not write %1': 'Konnte %1 nicht schreiben',
    'Move': 'Verschieben', 'Rename to “%1”': 'In „%1“ umbenennen', 'New &Collection…': 'Neue &Sammlung…',
    '&Open Collection…': 'Sammlung ö&ffnen…', '&Close Collection': 'Sammlung s&chließen',
    'New &Request': 'Neue &Anfrage', 'New &Folder': 'Neuer &Ordner', 'Re&name': '&Umbenennen',
    'D&uplicate': '&Duplizieren', '&Delete': '&Löschen',
    'Deleted “%1”. Edit ▸ Undo (Ctrl+Z) brings it back.':
        '„%1“ gelöscht. Bearbeiten ▸ Rückgängig (Strg+Z) holt es zurück.',
    '%1: %2': '%1: %2', 'Could not create the collection: %1': 'Konnte die Sammlung nicht anlegen: %1',
    'New collection: choose an empty folder': 'Neue Sammlung: einen leeren Ordner wählen',
    'Open a collection folder': 'Einen Sammlungsordner öffnen',
    'Open or create a collection first (File ▸ New Collection…).':
        'Öffnen oder erstellen Sie zuerst eine Sammlung (Datei ▸ Neue Sammlung…).',
    'New request': 'Neue Anfrage', '%1[*] — Reqscope': '%1[*] — Reqscope',
    '&New scratch request': '&Neue Anfrage ohne Sammlung', '&Save': '&Speichern', 'Save &As…': 'Speichern &unter…',
    'Save &body…': '&Inhalt speichern…', '&Undo': '&Rückgängig', '&Redo': '&Wiederholen', '%1 — %2': '%1 — %2',
    'Saved “%1”.': '„%1“ gespeichert.', 'Saved as “%1”.': 'Als „%1“ gespeichert.',
    'Unsaved changes': 'Ungespeicherte Änderungen',
    '“%1” has changes that are not saved.': '„%1“ hat Änderungen, die nicht gespeichert sind.',
    'Save them before going on?': 'Vor dem Fortfahren speichern?', 'Save request as': 'Anfrage speichern unter',
    'Collection or folder': 'Sammlung oder Ordner', 'Request name': 'Name der Anfrage', '&In:': '&In:',
    '&Name:': '&Name:',
    'No collection is open: create or open one first (File menu).':
        'Keine Sammlung ist geöffnet: erstellen oder öffnen Sie zuerst eine (Menü Datei).',
    'Sidebar': 'Seitenleiste',
    # core/historymodel.h's columns (in the sources before they were in the .ts)
    'Sent': 'Gesendet', 'Status': 'Status', 'Size': 'Größe',
    # Bug reports (issue 8)
    'Report a &Bug…': '&Fehler melden…',
    'Screenshot and details of this request for a bug report, secrets hidden (Ctrl+Shift+R)':
        'Bildschirmfoto und Details dieser Anfrage für einen Fehlerbericht, Geheimnisse verborgen (Strg+Umschalt+R)',
    'Report a Bug': 'Fehler melden', 'What went wrong, in one line': 'Was schiefging, in einer Zeile', 'Title': 'Titel',
    'What you expected to happen': 'Was Sie erwartet haben', 'Expected': 'Erwartet',
    'What happened instead': 'Was stattdessen geschah', 'What happened': 'Was geschah', '&Title:': '&Titel:',
    '&Expected:': '&Erwartet:', '&What happened:': '&Was geschah:', 'Save &HTML…': '&HTML speichern…',
    'Save &Markdown…': '&Markdown speichern…', '&Copy as Markdown': 'Als Markdown &kopieren',
    'Hidden in this report (untick to show a value):': 'In diesem Bericht verborgen (Haken entfernen, um einen Wert zu zeigen):',
    'Hidden values': 'Verborgene Werte', 'Any other text to hide': 'Weiterer Text, der verborgen werden soll',
    'Text to hide': 'Zu verbergender Text', 'Hi&de': '&Verbergen',
    'Hidden: untick to show this value in the report': 'Verborgen: Haken entfernen, um diesen Wert im Bericht zu zeigen',
    'Shown in the report: tick to hide it again': 'Im Bericht sichtbar: Haken setzen, um ihn wieder zu verbergen',
    'Copied as Markdown. The screenshot is on the clipboard as an image too: paste or attach it where the text links %1.':
        'Als Markdown kopiert. Das Bildschirmfoto liegt auch als Bild in der Zwischenablage: fügen Sie es dort ein '
        'oder hängen Sie es an, wo der Text auf %1 verweist.',
    'Save the report as HTML': 'Bericht als HTML speichern', 'Save the report as Markdown': 'Bericht als Markdown speichern',
    'HTML (*.html)': 'HTML (*.html)', 'Markdown (*.md)': 'Markdown (*.md)', 'Saved %1.': '%1 gespeichert.',
    'Screenshot': 'Bildschirmfoto', 'Report preview': 'Berichtsvorschau', '&Rectangle': '&Rechteck', '&Arrow': 'P&feil',
    'Te&xt': 'Te&xt', '&Blur': 'Ver&pixeln', 'Pixelate a region of the screenshot': 'Einen Bereich des Bildschirmfotos verpixeln',
    'Text to place with a click': 'Text, der per Klick platziert wird', 'Annotation text': 'Anmerkungstext',
    'Remove the last mark (Ctrl+Z)': 'Die letzte Markierung entfernen (Strg+Z)',
}
# Environments, variables and history in the window (envhist).
DE.update({
    'Environments of %1': 'Umgebungen von %1', 'Environments': 'Umgebungen', 'Add': 'Hinzufügen',
    'Rename…': 'Umbenennen…', 'Delete': 'Löschen', 'Add environment': 'Umgebung hinzufügen',
    'Rename environment': 'Umgebung umbenennen', 'Delete environment': 'Umgebung löschen',
    'New environment': 'Neue Umgebung', 'Rename Environment': 'Umgebung umbenennen', 'Name:': 'Name:',
    "Secret values are stored only on this computer, never in the collection's files.":
        'Geheime Werte werden nur auf diesem Computer gespeichert, nie in den Dateien der Sammlung.',
    '%1 cannot be read.': '%1 kann nicht gelesen werden.', '&Environment:': '&Umgebung:', 'Environment': 'Umgebung',
    'Edit…': 'Bearbeiten…', 'Edit environments': 'Umgebungen bearbeiten',
    'Add, rename or delete environments and edit their variables':
        'Umgebungen hinzufügen, umbenennen oder löschen und ihre Variablen bearbeiten',
    'No environment': 'Keine Umgebung',
    'Open a collection to use its environments: the Playground has none.':
        'Öffnen Sie eine Sammlung, um ihre Umgebungen zu nutzen: der Spielplatz hat keine.',
    'Variables of this environment fill {{name}} where the request, its folders and the collection do not define it':
        'Variablen dieser Umgebung füllen {{name}}, wo Anfrage, Ordner und Sammlung es nicht festlegen',
    'Sent': 'Gesendet', 'Status': 'Status', 'Size': 'Größe', 'Search history': 'Verlauf durchsuchen',
    'Settings…': 'Einstellungen…', 'History settings: how many requests to keep':
        'Verlaufseinstellungen: wie viele Anfragen behalten werden', 'History settings': 'Verlaufseinstellungen',
    'History': 'Verlauf', '<b>History</b>': '<b>Verlauf</b>',
    'The request was not added to the history: %1': 'Die Anfrage wurde nicht in den Verlauf aufgenommen: %1',
    'Clear History': 'Verlauf leeren', 'History cleared.': 'Verlauf geleert.', 'History is off.': 'Der Verlauf ist aus.',
    'No request matches.': 'Keine Anfrage passt.', 'Requests you send appear here.': 'Gesendete Anfragen erscheinen hier.',
    '&Open in editor': 'Im Editor ö&ffnen', 'Copy as &curl': 'Als &curl kopieren', '&Delete entry': 'Eintrag &löschen',
    'C&lear history…': 'Verlauf l&eeren…', '&Settings…': '&Einstellungen…', 'History Settings': 'Verlaufseinstellungen',
    'Maximum number of requests': 'Höchstzahl der Anfragen', ' MiB': ' MiB', 'Maximum history size': 'Höchstgröße des Verlaufs',
    'The oldest requests are deleted when either limit is reached. Passwords, tokens and secret variables are never stored.':
        'Die ältesten Anfragen werden gelöscht, sobald eine der Grenzen erreicht ist. Passwörter, Tokens und geheime '
        'Variablen werden nie gespeichert.',
    'Keep at most:': 'Höchstens behalten:', 'Up to:': 'Bis zu:',
    '{{%1}} is not defined: not in the request, its folders, the collection, the environment or the globals. It is sent as written.':
        '{{%1}} ist nicht definiert: weder in der Anfrage, ihren Ordnern, der Sammlung, der Umgebung noch global. '
        'Es wird so gesendet, wie es dasteht.',
    '{{%1}} uses {{%2}}, which is not defined.': '{{%1}} verwendet {{%2}}, das nicht definiert ist.',
    '{{%1}} = •••••• (secret)': '{{%1}} = •••••• (geheim)', '{{%1}} = %2': '{{%1}} = %2',
    'Secret': 'Geheim', 'Enabled': 'Aktiv', 'Variables': 'Variablen', 'Add variable': 'Variable hinzufügen',
    'Remove variable': 'Variable entfernen',
    'Sent with unresolved variables: %1': 'Mit nicht aufgelösten Variablen gesendet: %1',
})
NUMERUS = {'abort after %n ms': ['Abbruch nach %n ms', 'Abbruch nach %n ms'],
           'Delete all %n request(s) from the history? This cannot be undone.': [
               'Die %n Anfrage aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.',
               'Alle %n Anfragen aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.']}

path = sys.argv[1]
tree = ET.parse(path)
root = tree.getroot()
root.set('language', 'de_DE')
missing = []
for message in root.iter('message'):
    source = message.find('source').text
    translation = message.find('translation')
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop('type', None)
    if message.get('numerus') == 'yes':
        forms = NUMERUS.get(source)
        if forms is None:
            missing.append(source)
            continue
        translation.text = None
        for form in forms:
            ET.SubElement(translation, 'numerusform').text = form
    elif source in DE:
        translation.text = DE[source]
    else:
        missing.append(source)
        translation.set('type', 'unfinished')
tree.write(path, encoding='utf-8', xml_declaration=True)
with open(path, 'r+', encoding='utf-8') as f:  # lupdate's own header line, so lupdate diffs stay small
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0); f.write(text); f.truncate()
if missing:
    sys.exit('missing German for: ' + '; '.join(repr(m) for m in missing))
