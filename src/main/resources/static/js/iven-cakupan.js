// Coverage map: each kelurahan's centre, green when its annual event took place this year. The list under the map
// says the same without scripts; the boundaries are not fetched (160 KB) to keep the page light.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta-cakupan');
  var data = document.getElementById('data-cakupan');
  if (!el || !data) { return; }
  muatLeaflet(el).then(function (L) {
    el.hidden = false;
    var titik = JSON.parse(data.textContent);
    var peta = L.map(el).setView(el.dataset.pusat.split(',').map(Number), 12);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
    }).addTo(peta);
    titik.forEach(function (t) {
      L.circleMarker([t.lat, t.lon], {
        radius: 7, weight: 1, color: '#333', fillOpacity: 0.85, fillColor: t.ada ? '#1b7f3b' : '#bbb'
      }).bindTooltip(kota.teks(t.nama + ' — ' + (t.ada ? el.dataset.ada : el.dataset.belum))).addTo(peta);
    });
    el.dataset.siap = titik.length;
  });
});
