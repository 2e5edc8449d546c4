// Landing-page map: the kelurahan boundaries over OpenStreetMap tiles.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta');
  if (!el || !window.L) { return; }
  var pusat = el.dataset.pusat.split(',').map(Number);
  var peta = L.map(el).setView(pusat, 12);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
  }).addTo(peta);
  fetch(el.dataset.geojson).then(function (r) { return r.json(); }).then(function (data) {
    var lapisan = L.geoJSON(data, {
      style: { color: '#0b4f8a', weight: 1.5, fillOpacity: 0.08 },
      onEachFeature: function (f, layer) {
        layer.bindTooltip(kota.teks(f.properties.nama + ' (' + f.properties.kecamatanNama + ')'));
      }
    }).addTo(peta);
    peta.fitBounds(lapisan.getBounds());
    el.dataset.jumlahBatas = data.features.length;
  });
});
