// The business's pin: a tap on the map sets the coordinates, from which the server finds the kelurahan.
// Without scripts (or tiles) the kelurahan list alone places the business.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta-pin');
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  if (!el || !lat || !lon) { return; }
  muatLeaflet(el).then(function (L) {
    el.hidden = false;
    document.getElementById('petunjuk-peta').hidden = false;
    var awal = lat.value && lon.value ? [Number(lat.value), Number(lon.value)] : null;
    var peta = L.map(el).setView(awal || el.dataset.pusat.split(',').map(Number), awal ? 16 : 13);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
    }).addTo(peta);
    var penanda = awal ? L.marker(awal).addTo(peta) : null;
    peta.on('click', function (e) {
      lat.value = e.latlng.lat.toFixed(6);
      lon.value = e.latlng.lng.toFixed(6);
      if (penanda) { penanda.setLatLng(e.latlng); } else { penanda = L.marker(e.latlng).addTo(peta); }
    });
  });
});
