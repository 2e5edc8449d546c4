// Live map of the fleet: the latest positions, then updates pushed by the server (SSE).
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta');
  if (!el || !window.L) { return; }
  var peta = L.map(el).setView(el.dataset.pusat.split(',').map(Number), 13);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
  }).addTo(peta);
  var penanda = {};
  var tbody = document.getElementById('daftar-posisi');
  window.armadaPeta = { peta: peta, penanda: penanda };

  function waktu(iso) {
    return new Date(iso).toLocaleString(document.documentElement.lang || 'id', {
      timeZone: 'Asia/Makassar', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit'
    }) + ' ' + el.dataset.zona;
  }

  function tampilkan(p) {
    var m = penanda[p.kendaraanId];
    if (m) {
      m.setLatLng([p.lat, p.lon]);
    } else {
      m = L.marker([p.lat, p.lon], { title: p.nomorPolisi, alt: p.nomorPolisi, keyboard: true }).addTo(peta);
      penanda[p.kendaraanId] = m;
    }
    m.bindTooltip(kota.teks(p.nomorPolisi + ' · ' + waktu(p.waktu)));
    var baris = document.getElementById('kendaraan-' + p.kendaraanId);
    if (!baris) {
      baris = document.createElement('tr');
      baris.id = 'kendaraan-' + p.kendaraanId;
      baris.appendChild(document.createElement('td'));
      baris.appendChild(document.createElement('td'));
      baris.appendChild(document.createElement('td'));
      tbody.appendChild(baris);
    }
    baris.cells[0].textContent = p.nomorPolisi;
    baris.cells[1].textContent = waktu(p.waktu);
    baris.cells[2].textContent = p.kecepatan == null ? '–' : p.kecepatan + ' ' + el.dataset.satuanKecepatan;
    baris.dataset.lat = p.lat;
    baris.dataset.lon = p.lon;
  }

  fetch(el.dataset.posisi, { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (daftar) {
      daftar.forEach(tampilkan);
      if (daftar.length) {
        peta.fitBounds(L.latLngBounds(daftar.map(function (p) { return [p.lat, p.lon]; })).pad(0.2), { maxZoom: 15 });
      }
      el.dataset.siap = 'true';
    });
  var aliran = new EventSource(el.dataset.aliran);
  aliran.addEventListener('posisi', function (e) { JSON.parse(e.data).forEach(tampilkan); });
  aliran.addEventListener('open', function () { el.dataset.tersambung = 'true'; });
});
