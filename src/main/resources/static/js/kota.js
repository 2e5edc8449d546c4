// Map labels (Leaflet tooltips and popups) are HTML: every value put into one goes through kota.teks,
// so a name typed by anyone (a geofence, a place) is shown as text and never runs.
window.kota = {
  teks: function (nilai) {
    return String(nilai == null ? '' : nilai).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }
};

// htmx sends the CSRF token of the page with every non-GET request.
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { e.detail.headers[header.content] = token.content; }
});

// Leaflet only where a map is shown, fetched once the page can be read: the map's element names
// the versioned files in data-leaflet-css and data-leaflet-js.
var kcLeaflet = null;
function muatLeaflet(el) {
  if (window.L) { return Promise.resolve(window.L); }
  if (!kcLeaflet) {
    kcLeaflet = new Promise(function (selesai, gagal) {
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = el.dataset.leafletCss;
      document.head.appendChild(css);
      var js = document.createElement('script');
      js.src = el.dataset.leafletJs;
      js.onload = function () { selesai(window.L); };
      js.onerror = gagal;
      document.head.appendChild(js);
    });
  }
  return kcLeaflet;
}

// The city's base map on el (shown), centred on data-pusat, with OpenStreetMap's tiles.
function petaDasar(L, el, zoom) {
  el.hidden = false;
  var peta = L.map(el).setView(el.dataset.pusat.split(',').map(Number), zoom);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
  }).addTo(peta);
  return peta;
}

// A map popup built as DOM text (never HTML): the name in bold, a line per non-empty entry of baris, and a link
// when both tautan and its text are given.
function isiPopup(nama, baris, tautan, teksTautan) {
  var isi = document.createElement('div');
  var judul = document.createElement('strong');
  judul.textContent = nama;
  isi.appendChild(judul);
  baris.filter(Boolean).forEach(function (teks) {
    var b = document.createElement('div');
    b.textContent = teks;
    isi.appendChild(b);
  });
  if (tautan && teksTautan) {
    var a = document.createElement('a');
    a.href = tautan;
    a.textContent = teksTautan;
    isi.appendChild(a);
  }
  return isi;
}

// A button with data-salin="ID" copies that element's address (a link) or value; shown only where
// JavaScript runs. Without the clipboard API (plain http) the text is selected and copied.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-salin]').forEach(function (tombol) {
    tombol.hidden = false;
    tombol.addEventListener('click', function () {
      var el = document.getElementById(tombol.dataset.salin);
      var teks = el.href || el.value;
      var kabar = function () {
        var p = document.getElementById('tersalin');
        if (p) { p.textContent = tombol.dataset.tersalin; p.hidden = false; }
      };
      var pilihDanSalin = function () {
        var r = document.createRange();
        r.selectNodeContents(el);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(r);
        document.execCommand('copy');
        kabar();
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(teks).then(kabar, pilihDanSalin);
      } else {
        pilihDanSalin();
      }
    });
  });
});
