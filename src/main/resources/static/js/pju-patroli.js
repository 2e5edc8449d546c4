// Night patrol: one tap per pole. Each mark gets an id made here and waits in localStorage until
// the server has it, so a walk survives a dead zone, a reload or a lost answer on 3G; the server
// stores a mark once however often it arrives.
(function () {
  var KUNCI = 'kc-pju-antrean';
  var ULANG_MS = 15000;

  function uuid() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function antrean() {
    try { return JSON.parse(localStorage.getItem(KUNCI)) || []; } catch (e) { return []; }
  }
  function simpanAntrean(a) { localStorage.setItem(KUNCI, JSON.stringify(a)); }

  document.addEventListener('DOMContentLoaded', function () {
    var rute = document.getElementById('rute');
    if (!rute) { return; }
    var status = document.getElementById('status-kirim');
    var kelurahan = rute.dataset.kelurahan;
    var patroli = uuid();
    var mengirim = false;

    function tampilkanStatus() {
      var menunggu = antrean().length;
      status.hidden = false;
      status.className = 'pesan ' + (menunggu ? 'galat' : 'sukses');
      status.textContent = menunggu ? (navigator.onLine ? status.dataset.menunggu : status.dataset.luring).replace('{0}', menunggu)
        : status.dataset.terkirim;
    }

    function kirim() {
      var a = antrean();
      if (mengirim || !a.length || !navigator.onLine) { tampilkanStatus(); return; }
      mengirim = true;
      // one request per patrol: a phone may hold marks of an earlier walk
      var p = a[0].patroli;
      var kiriman = a.filter(function (t) { return t.patroli === p; });
      var kepala = { 'Content-Type': 'application/json' };
      var token = document.querySelector('meta[name="_csrf"]');
      var nama = document.querySelector('meta[name="_csrf_header"]');
      if (token && nama) { kepala[nama.content] = token.content; }
      fetch(rute.dataset.kirim, {
        method: 'POST', headers: kepala, credentials: 'same-origin',
        body: JSON.stringify({ patroli: p, kelurahan: kiriman[0].kelurahan, tanda: kiriman.map(function (t) { return t.tanda; }) })
      }).then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (jawab) {
          var sudah = {};
          jawab.diterima.forEach(function (id) { sudah[id] = true; });
          simpanAntrean(antrean().filter(function (t) { return !sudah[t.tanda.id]; }));
          mengirim = false;
          kirim();
        })
        .catch(function () { mengirim = false; tampilkanStatus(); });
    }

    rute.addEventListener('click', function (e) {
      var tombol = e.target.closest('button[data-status]');
      if (!tombol) { return; }
      var li = tombol.closest('[data-tiang]');
      var a = antrean();
      a.push({ patroli: patroli, kelurahan: kelurahan,
               tanda: { id: uuid(), tiang: li.dataset.tiang, status: tombol.dataset.status, waktu: new Date().toISOString() } });
      simpanAntrean(a);
      li.querySelectorAll('button[data-status]').forEach(function (b) { b.setAttribute('aria-pressed', String(b === tombol)); });
      li.querySelector('.tanda-ini').textContent = '✓ ' + tombol.textContent;
      li.classList.add('ditandai');
      kirim();
    });
    window.addEventListener('online', kirim);
    window.addEventListener('offline', tampilkanStatus);
    setInterval(kirim, ULANG_MS);
    kirim();
  });
})();
