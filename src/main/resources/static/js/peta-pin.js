// A map pin for a form: on an element with data-peta-pin, a tap on the map fills the #lat and #lon fields (which also
// work by hand, without JavaScript or map tiles) and typed coordinates move the pin. data-petunjuk names a hint to
// show once the map is there. Used by UMKM, events, markets and Wi-Fi hotspots.
document.addEventListener('DOMContentLoaded', function () {
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  if (!lat || !lon) { return; }
  document.querySelectorAll('[data-peta-pin]').forEach(function (el) {
    muatLeaflet(el).then(function (L) {
      el.hidden = false;
      var petunjuk = el.dataset.petunjuk && document.getElementById(el.dataset.petunjuk);
      if (petunjuk) { petunjuk.hidden = false; }
      var titik = function () {
        var la = parseFloat(lat.value.replace(',', '.'));
        var lo = parseFloat(lon.value.replace(',', '.'));
        return isFinite(la) && isFinite(lo) ? [la, lo] : null;
      };
      var awal = titik();
      var peta = L.map(el).setView(awal || el.dataset.pusat.split(',').map(Number), awal ? 16 : 13);
      L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
      }).addTo(peta);
      var penanda = awal ? L.marker(awal).addTo(peta) : null;
      var pasang = function (ll) {
        if (penanda) { penanda.setLatLng(ll); } else { penanda = L.marker(ll).addTo(peta); }
      };
      peta.on('click', function (e) {
        lat.value = e.latlng.lat.toFixed(6);
        lon.value = e.latlng.lng.toFixed(6);
        pasang(e.latlng);
      });
      [lat, lon].forEach(function (isian) {
        isian.addEventListener('change', function () { var t = titik(); if (t) { pasang(t); peta.setView(t); } });
      });
    });
  });
});
