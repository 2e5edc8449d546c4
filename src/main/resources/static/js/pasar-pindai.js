// A phone photo weighs 2–5 MB: half a minute on 3G. Before it is sent, a photo larger than the
// server reads anyway (data-sisi, the longest side in pixels) is redrawn at that size as a JPEG of
// a few hundred KB. Without scripts, or on a browser without DataTransfer, the photo goes as taken.
(function () {
  'use strict';
  var masukan = document.getElementById('foto');
  if (!masukan || typeof DataTransfer === 'undefined' || !HTMLCanvasElement.prototype.toBlob) {
    return;
  }
  var sisi = parseInt(masukan.getAttribute('data-sisi'), 10);
  masukan.addEventListener('change', function () {
    var berkas = masukan.files && masukan.files[0];
    if (!berkas || !/^image\//.test(berkas.type) || !sisi) {
      return;
    }
    var alamat = URL.createObjectURL(berkas);
    var gambar = new Image();
    gambar.onload = function () {
      URL.revokeObjectURL(alamat);
      var skala = sisi / Math.max(gambar.naturalWidth, gambar.naturalHeight);
      if (skala >= 1) {
        return;
      }
      var kanvas = document.createElement('canvas');
      kanvas.width = Math.round(gambar.naturalWidth * skala);
      kanvas.height = Math.round(gambar.naturalHeight * skala);
      kanvas.getContext('2d').drawImage(gambar, 0, 0, kanvas.width, kanvas.height);
      kanvas.toBlob(function (isi) {
        if (!isi) {
          return;
        }
        var kiriman = new DataTransfer();
        kiriman.items.add(new File([isi], 'kartu.jpg', { type: 'image/jpeg' }));
        masukan.files = kiriman.files;
      }, 'image/jpeg', 0.85);
    };
    gambar.onerror = function () {
      URL.revokeObjectURL(alamat);
    };
    gambar.src = alamat;
  });
}());
