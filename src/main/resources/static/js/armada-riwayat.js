// One vehicle's day on the map: its track and the first and last fix.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta');
  if (!el || !window.L) { return; }
  var peta = L.map(el).setView(el.dataset.pusat.split(',').map(Number), 13);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
  }).addTo(peta);
  var ringkasan = document.getElementById('ringkasan');
  fetch(el.dataset.riwayat, { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      ringkasan.textContent = ringkasan.dataset.pola.replace('{0}', data.total);
      if (!data.total) { return; }
      var titik = data.posisi.map(function (p) { return [p.lat, p.lon]; });
      var garis = L.polyline(titik, { color: '#b3400a', weight: 4 }).addTo(peta);
      L.circleMarker(titik[0], { radius: 7, color: '#1d6b32' }).addTo(peta).bindTooltip(kota.teks(data.posisi[0].waktu));
      L.circleMarker(titik[titik.length - 1], { radius: 7, color: '#a61b1b' }).addTo(peta)
        .bindTooltip(kota.teks(data.posisi[data.posisi.length - 1].waktu));
      peta.fitBounds(garis.getBounds().pad(0.2));
    });
});
