// Progressive enhancement for the check-in pages (/forum/{slug}/checkin and …/checkin/counts). Without this script
// everything works: the code is typed into a plain form and the counts are refreshed by reloading the page.
// 1. Where the browser has BarcodeDetector and a camera, a "Scan with the camera" button reads the badge's QR code,
//    puts the code in the field and sends the form.
// 2. The arrivals table is refreshed in place every 30 seconds, with a button to stop (WCAG 2.2.2).
(() => {
  const CODE = /[0-9A-Za-z]{5}-?[0-9A-Za-z]{5}-?[0-9A-Za-z]{5}-?[0-9A-Za-z]{5}/;

  function setUpScanner() {
    const section = document.getElementById("checkin-scan");
    const form = document.querySelector("form.checkin-form");
    const input = document.getElementById("code");
    const toggle = document.getElementById("checkin-scan-toggle");
    const status = document.getElementById("checkin-scan-status");
    const video = document.getElementById("checkin-scan-video");
    if (!section || !form || !input || !toggle || !status || !video) return;
    if (!("BarcodeDetector" in window) || !navigator.mediaDevices?.getUserMedia) return;
    let detector;
    try {
      detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    } catch {
      return;
    }
    section.hidden = false;
    let stream = null;
    let timer = 0;

    function stop() {
      clearTimeout(timer);
      if (stream) for (const track of stream.getTracks()) track.stop();
      stream = null;
      video.srcObject = null;
      video.hidden = true;
      toggle.textContent = section.dataset.start;
    }

    async function tick() {
      if (!stream) return;
      try {
        const found = (await detector.detect(video)).map((c) => CODE.exec(c.rawValue || "")).find(Boolean);
        if (found) {
          stop();
          input.value = found[0].toUpperCase();
          if (form.requestSubmit) form.requestSubmit();
          else form.submit();
          return;
        }
      } catch {
        // A frame that could not be read: try the next one.
      }
      timer = setTimeout(tick, 250);
    }

    async function start() {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      } catch {
        stream = null;
        status.textContent = section.dataset.unavailable;
        input.focus();
        return;
      }
      status.textContent = "";
      video.srcObject = stream;
      video.hidden = false;
      toggle.textContent = section.dataset.stop;
      try {
        await video.play();
      } catch {
        // Autoplay refused: frames still arrive once the stream is attached.
      }
      tick();
    }

    toggle.addEventListener("click", () => (stream ? stop() : start()));
    window.addEventListener("pagehide", stop);
  }

  function setUpCounts() {
    const section = document.getElementById("checkin-counts");
    if (!section || !window.fetch || !window.DOMParser) return;
    const url = section.dataset.refreshUrl;
    const heading = section.querySelector("h1, h2");
    if (!url || !heading) return;
    let auto = true;
    let timer = 0;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button--secondary checkin-counts__auto";
    const label = () => {
      button.textContent = auto ? section.dataset.autoOn : section.dataset.autoOff;
    };
    label();
    heading.insertAdjacentElement("afterend", button);

    async function refresh() {
      try {
        const res = await fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } });
        if (res.ok) {
          const doc = new DOMParser().parseFromString(await res.text(), "text/html");
          const fresh = doc.getElementById("checkin-counts");
          const table = fresh?.querySelector(".table-scroll");
          const time = fresh?.querySelector("#checkin-counts-time");
          const oldTable = section.querySelector(".table-scroll");
          const oldTime = section.querySelector("#checkin-counts-time");
          if (table && oldTable) oldTable.replaceWith(document.importNode(table, true));
          if (time && oldTime) oldTime.textContent = time.textContent;
        }
      } catch {
        // Offline for a moment: the next round tries again.
      }
      schedule();
    }

    function schedule() {
      clearTimeout(timer);
      if (auto) timer = setTimeout(refresh, 30_000);
    }

    button.addEventListener("click", () => {
      auto = !auto;
      label();
      schedule();
    });
    schedule();
  }

  setUpScanner();
  setUpCounts();
})();
