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
