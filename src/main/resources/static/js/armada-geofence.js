// The geofence page's map: every registered place, and a click sets the centre of the circle being edited.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta');
  if (!el || !window.L) { return; }
  var peta = L.map(el).setView(el.dataset.pusat.split(',').map(Number), 13);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
  }).addTo(peta);
  fetch(el.dataset.sumber, { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (daftar) {
      daftar.forEach(function (g) {
        var warna = g.jenis === 'SPBU' ? '#b3400a' : '#0b4f8a';
        var lapis = g.geojson
          ? L.geoJSON(JSON.parse(g.geojson), { style: { color: warna } })
          : L.circle([g.lat, g.lon], { radius: g.radiusM, color: warna });
        lapis.bindTooltip(kota.teks(g.nama)).addTo(peta);
      });
    });

  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  var radius = document.getElementById('radiusM');
  if (!lat || !lon || !radius) { return; }
  var pratinjau = null;
  function gambar() {
    var a = parseFloat(lat.value), b = parseFloat(lon.value), r = parseFloat(radius.value);
    if (isNaN(a) || isNaN(b)) { return; }
    if (pratinjau) { peta.removeLayer(pratinjau); }
    pratinjau = L.circle([a, b], { radius: isNaN(r) ? 100 : r, color: '#1d6b32', dashArray: '6' }).addTo(peta);
  }
  peta.on('click', function (e) {
    lat.value = e.latlng.lat.toFixed(6);
    lon.value = e.latlng.lng.toFixed(6);
    if (!radius.value) { radius.value = 100; }
    gambar();
  });
  [lat, lon, radius].forEach(function (i) { i.addEventListener('input', gambar); });
  gambar();
});
