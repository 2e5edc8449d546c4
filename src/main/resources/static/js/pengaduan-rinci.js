// The report's place on a small map, drawn after the page is shown (the text never waits for it).
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta-rinci');
  if (!el) { return; }
  muatLeaflet(el).then(function (L) {
    el.hidden = false;
    var titik = [Number(el.dataset.lat), Number(el.dataset.lon)];
    var peta = L.map(el, { scrollWheelZoom: false }).setView(titik, 17);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
    }).addTo(peta);
    L.marker(titik).addTo(peta);
  });
});
