#!/usr/bin/env python3
"""Browser check of an HTML report through the Chrome DevTools protocol.

Usage: report-browser-check.py CHROMIUM REPORT.html OUTDIR [--name NAME] [WIDTH ...]

Starts headless Chromium with --remote-debugging-port on 127.0.0.1 and, for
each width (default 390 and 1400), loads the report in a viewport of that
width and from this side (the report itself has no script and needs none):
  - measures horizontal overflow: document scrollWidth > viewport width fails,
    and the widest elements are named;
  - collects console errors, log errors and uncaught exceptions: any fails;
  - checks that no script from article text ran: the report's payloads try to
    set document.title to PWNED or mark <body data-pwned>; the page is loaded
    a second time with its Content-Security-Policy bypassed, so escaping alone
    is tested, and any <script> element or on…= handler attribute in the DOM fails;
  - saves OUTDIR/NAME-WIDTH.png (the top of the page, up to 5000 px) and
    OUTDIR/NAME-WIDTH-findings.png (from the findings section); NAME is "report"
    unless given.
Control pages first prove the checks can fail: a live script must be seen
running with its console error, and a page wider than the viewport must be
measured as overflowing.
Only the Python standard library is used (a minimal WebSocket client).
Exit 0 when every check passes, 1 on a failure, 2 when it could not test.
"""
import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request


# Seconds to wait for the browser (a report of thousands of articles takes a while to lay out).
TIMEOUT = float(os.environ.get("KIEMDIEM_BROWSER_TIMEOUT", "300"))


class WebSocket:
    """Just enough RFC 6455 for the DevTools protocol: text frames, client-masked."""

    def __init__(self, url):
        assert url.startswith("ws://")
        hostport, path = url[5:].split("/", 1)
        host, port = hostport.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=TIMEOUT)
        key = base64.b64encode(os.urandom(16)).decode()
        req = (f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(req.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise IOError("websocket handshake: connection closed")
            head += chunk
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise IOError("websocket handshake failed: " + head.decode(errors="replace"))

    def _read(self, n):
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise IOError("websocket closed")
            buf += chunk
        return buf

    def send(self, text):
        data = text.encode()
        header = bytearray([0x81])
        n = len(data)
        if n < 126:
            header.append(0x80 | n)
        elif n < 65536:
            header.append(0x80 | 126); header += struct.pack(">H", n)
        else:
            header.append(0x80 | 127); header += struct.pack(">Q", n)
        mask = os.urandom(4)
        header += mask
        self.sock.sendall(bytes(header) + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            opcode, n = b0 & 0x0F, b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            mask = self._read(4) if b1 & 0x80 else None
            payload = self._read(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x8:
                raise IOError("websocket closed by the browser")
            if opcode == 0x9:  # ping
                continue
            message += payload
            if b0 & 0x80:
                return message.decode()


class Page:
    def __init__(self, ws):
        self.ws, self.next_id, self.events = ws, 0, []

    def call(self, method, **params):
        self.next_id += 1
        my = self.next_id
        self.ws.send(json.dumps({"id": my, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == my:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)

    def wait_for(self, event, timeout=None):
        timeout = timeout or TIMEOUT
        deadline = time.time() + timeout
        for i, e in enumerate(self.events):
            if e["method"] == event:
                del self.events[i]
                return e
        self.ws.sock.settimeout(5)
        while time.time() < deadline:
            try:
                msg = json.loads(self.ws.recv())
            except socket.timeout:
                continue
            if msg.get("method") == event:
                self.ws.sock.settimeout(TIMEOUT)
                return msg
            if "method" in msg:
                self.events.append(msg)
        raise TimeoutError(event)

    def drain(self, seconds=0.5):
        self.ws.sock.settimeout(seconds)
        try:
            while True:
                msg = json.loads(self.ws.recv())
                if "method" in msg:
                    self.events.append(msg)
        except (socket.timeout, TimeoutError):
            pass
        finally:
            self.ws.sock.settimeout(TIMEOUT)

    def evaluate(self, expr):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True)
        if "exceptionDetails" in r:
            raise RuntimeError("evaluate: " + json.dumps(r["exceptionDetails"])[:500])
        return r["result"].get("value")

    def errors(self):
        out = []
        for e in self.events:
            m, p = e["method"], e.get("params", {})
            if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append("console." + p["type"] + ": " + " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif m == "Runtime.exceptionThrown":
                d = p.get("exceptionDetails", {})
                out.append("exception: " + str(d.get("exception", {}).get("description", d.get("text"))))
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append("log error: " + p["entry"].get("text", ""))
        return out


MEASURE = r"""(() => {
  const vw = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > vw + 0.5) {
      // Only the outermost offenders: skip those inside an offender already listed, and
      // those inside a box that scrolls or clips horizontally (they cannot widen the page).
      let p = el.parentElement, hidden = false;
      while (p && p !== document.body) {
        const ox = getComputedStyle(p).overflowX;
        if (ox === 'auto' || ox === 'scroll' || ox === 'hidden') { hidden = true; break; }
        p = p.parentElement;
      }
      if (!hidden && !wide.some(w => w.el.contains(el))) wide.push({el, right: Math.round(r.right)});
    }
  }
  const handlers = [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name))).length;
  return {
    innerWidth: window.innerWidth, clientWidth: vw,
    scrollWidth: document.documentElement.scrollWidth, bodyScrollWidth: document.body.scrollWidth,
    height: document.documentElement.scrollHeight,
    title: document.title, pwned: document.body.hasAttribute('data-pwned') || /PWNED/.test(document.title),
    scripts: document.scripts.length, handlers,
    svgs: document.querySelectorAll('svg').length,
    findingsTop: (document.getElementById('findings') || {offsetTop: 0}).offsetTop,
    wide: wide.slice(0, 8).map(w => w.el.tagName.toLowerCase() + (w.el.id ? '#' + w.el.id : '') +
          (w.el.className && typeof w.el.className === 'string' ? '.' + w.el.className.split(' ').join('.') : '') + ' right=' + w.right),
  };
})()"""


def load(page, url, width, bypass_csp):
    page.events.clear()
    page.call("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1, mobile=width < 800)
    page.call("Page.setBypassCSP", enabled=bypass_csp)
    page.call("Page.navigate", url=url)
    page.wait_for("Page.loadEventFired")
    page.drain(1.0)


def screenshot(page, path, y, height, width):
    r = page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                  clip={"x": 0, "y": y, "width": width, "height": height, "scale": 1})
    with open(path, "wb") as f:
        f.write(base64.b64decode(r["data"]))


def main():
    if len(sys.argv) < 4:
        print(__doc__); return 2
    browser, report, outdir = sys.argv[1:4]
    rest = sys.argv[4:]
    name = "report"
    if rest[:1] == ["--name"]:
        name, rest = rest[1], rest[2:]
    widths = [int(w) for w in rest] or [390, 1400]
    report = os.path.abspath(report)
    os.makedirs(outdir, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="kiemdiem-cdp-")
    proc = subprocess.Popen([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--hide-scrollbars", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                             "--disable-background-networking", "--remote-debugging-address=127.0.0.1",
                             "--remote-debugging-port=0", f"--user-data-dir={profile}", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failures = []
    try:
        port_file = os.path.join(profile, "DevToolsActivePort")
        deadline = time.time() + 60
        while not (os.path.exists(port_file) and open(port_file).read().strip()):
            if time.time() > deadline or proc.poll() is not None:
                print("browser-check: Chromium did not open its debugging port"); return 2
            time.sleep(0.2)
        port = int(open(port_file).read().split()[0])
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30))
        target = next(t for t in targets if t.get("type") == "page")
        page = Page(WebSocket(target["webSocketDebuggerUrl"]))
        for domain in ("Page", "Runtime", "Log"):
            page.call(domain + ".enable")

        # Control: a live script must be seen running, and its console.error seen.
        control = os.path.join(profile, "control.html")
        with open(control, "w") as f:
            f.write("<!DOCTYPE html><title>control</title><body><script>document.title='PWNED';"
                    "document.body.setAttribute('data-pwned','1');console.error('control error')</script></body>")
        load(page, "file://" + control, 390, False)
        m = page.evaluate(MEASURE)
        if not m["pwned"] or not page.errors():
            print("browser-check: the control script was not seen running: cannot judge"); return 2
        wide = os.path.join(profile, "wide.html")
        with open(wide, "w") as f:
            f.write('<!DOCTYPE html><meta name="viewport" content="width=device-width, initial-scale=1">'
                    '<body><div style="width:1000px">wide</div></body>')
        load(page, "file://" + wide, 390, False)
        m = page.evaluate(MEASURE)
        if not (m["clientWidth"] == 390 and m["scrollWidth"] > m["clientWidth"] and m["wide"]):
            print(f"browser-check: the overflow control was not measured as overflowing ({m}): cannot judge"); return 2

        for width in widths:
            for bypass in (False, True):
                load(page, "file://" + report, width, bypass)
                m = page.evaluate(MEASURE)
                errors = page.errors()
                tag = f"{width} px{' (CSP bypassed)' if bypass else ''}"
                # (A phone viewport zooms out to fit wide content: innerWidth then grows past the width too.)
                if m["clientWidth"] != width:
                    failures.append(f"{tag}: viewport is {m['clientWidth']} px, not {width}: cannot measure")
                if max(m["scrollWidth"], m["bodyScrollWidth"], m["innerWidth"]) > width:
                    failures.append(f"{tag}: horizontal overflow: scrollWidth {m['scrollWidth']} (body {m['bodyScrollWidth']}) "
                                    f"(innerWidth {m['innerWidth']}) > viewport {width}; widest: {', '.join(m['wide']) or '?'}")
                for e in errors:
                    failures.append(f"{tag}: {e}")
                if m["pwned"]:
                    failures.append(f"{tag}: a script from article text ran (title {m['title']!r})")
                if m["scripts"] or m["handlers"]:
                    failures.append(f"{tag}: {m['scripts']} <script> elements and {m['handlers']} on…= handlers in the DOM")
                if m["svgs"] == 0:
                    failures.append(f"{tag}: no SVG chart rendered")
                if not bypass:
                    png = os.path.join(outdir, f"{name}-{width}.png")
                    screenshot(page, png, 0, min(m["height"], 5000), width)
                    fpng = os.path.join(outdir, f"{name}-{width}-findings.png")
                    screenshot(page, fpng, m["findingsTop"], min(max(m["height"] - m["findingsTop"], 1), 2500), width)
                    print(f"browser-check: {tag}: scrollWidth {m['scrollWidth']} of {m['clientWidth']}, "
                          f"{len(errors)} console errors, {m['svgs']} SVGs, title {m['title']!r}; {png}, {fpng}")
                else:
                    print(f"browser-check: {tag}: scripts ran: {'yes' if m['pwned'] else 'no'}, {len(errors)} console errors")
    except (OSError, RuntimeError, StopIteration) as e:
        print(f"browser-check: could not drive Chromium: {type(e).__name__}: {e}")
        return 2
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)
    for f in failures:
        print("FAIL: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
