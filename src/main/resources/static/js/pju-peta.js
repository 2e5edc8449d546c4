// The theft map: the poles gone, from the list under it (which is the page without JavaScript).
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta-hilang');
  var titik = document.querySelectorAll('#daftar-hilang [data-lat]');
  if (!el || !titik.length) { return; }
  muatLeaflet(el).then(function (L) {
    el.hidden = false;
    var peta = L.map(el);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 19, attribution: '&copy; OpenStreetMap contributors' }).addTo(peta);
    var batas = [];
    titik.forEach(function (t) {
      var ll = [Number(t.dataset.lat), Number(t.dataset.lon)];
      batas.push(ll);
      L.circleMarker(ll, { radius: 7, color: '#1a1a1a', fillOpacity: 0.8 }).bindTooltip(t.dataset.kode).addTo(peta);
    });
    peta.fitBounds(batas, { maxZoom: 16, padding: [20, 20] });
  });
});
