// Markers for the reports listed on the page (and on the staff worklist). Leaflet is fetched only
// when there is something to show, unless the page already loaded it.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta-daftar');
  if (!el) { return; }
  var titik = Array.prototype.slice.call(document.querySelectorAll('[data-nomor][data-lat]'))
    .filter(function (li) { return li.dataset.lat && li.dataset.lon; });
  if (!titik.length) { return; }
  muatLeaflet(el).then(function (L) { gambarPetaDaftar(el, titik, L); });
});

function gambarPetaDaftar(el, titik, L) {
  el.hidden = false;
  var peta = L.map(el).setView(el.dataset.pusat.split(',').map(Number), 12);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
  }).addTo(peta);
  var batas = [];
  titik.forEach(function (li) {
    var ll = [Number(li.dataset.lat), Number(li.dataset.lon)];
    batas.push(ll);
    L.marker(ll).addTo(peta).bindTooltip(kota.teks(li.dataset.nomor));
  });
  peta.fitBounds(batas, { maxZoom: 16, padding: [20, 20] });
}
