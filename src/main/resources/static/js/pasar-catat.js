// The price form: every price typed is kept in localStorage until the server confirms it, so a
// dropped connection or a closed tab loses nothing; what is still waiting is sent again when the
// phone is back online or the enumerator taps Kirim. The server stores each price once per
// market, commodity, day and enumerator, so sending twice is harmless.
(function () {
  'use strict';
  var form = document.getElementById('catat-harga');
  if (!form) {
    return;
  }
  var kunci = 'kc.pasar.' + form.dataset.pasar + '.' + form.dataset.tanggal;
  var antre = baca();
  var sedangKirim = false;

  function baca() {
    try {
      return JSON.parse(localStorage.getItem(kunci)) || {};
    } catch (e) {
      return {};
    }
  }

  function simpan() {
    if (Object.keys(antre).length === 0) {
      localStorage.removeItem(kunci);
    } else {
      localStorage.setItem(kunci, JSON.stringify(antre));
    }
  }

  function baris(id) {
    return form.querySelector('li[data-komoditas="' + id + '"]');
  }

  function status(li, kelas, teks) {
    var p = li.querySelector('.catat-status');
    p.className = 'catat-status ' + kelas;
    p.textContent = teks;
  }

  function ringkas(teks) {
    document.getElementById('catat-ringkas').textContent = teks;
  }

  function catat(li) {
    var id = li.dataset.komoditas;
    var harga = li.querySelector('.catat-nilai').value.trim();
    var asal = li.querySelector('.catat-asal').value.trim();
    // a changed price is a new question: any earlier confirmation goes with the old one
    if (harga === '') {
      delete antre[id];
      status(li, '', '');
    } else {
      antre[id] = { komoditasId: Number(id), harga: Number(harga), asal: asal || null, dikonfirmasi: false };
      status(li, 'menunggu', form.dataset.menunggu);
    }
    simpan();
  }

  function tanyakan(li, pesan) {
    status(li, 'tanya', pesan);
    var label = document.createElement('label');
    label.className = 'catat-konfirmasi';
    var kotak = document.createElement('input');
    kotak.type = 'checkbox';
    kotak.addEventListener('change', function () {
      var tertunda = antre[li.dataset.komoditas];
      if (tertunda) {
        tertunda.dikonfirmasi = kotak.checked;
        simpan();
      }
    });
    label.appendChild(kotak);
    label.appendChild(document.createTextNode(' ' + form.dataset.konfirmasi));
    li.querySelector('.catat-status').appendChild(label);
  }

  function kirim() {
    var entri = Object.keys(antre).map(function (id) { return antre[id]; });
    if (entri.length === 0 || sedangKirim) {
      return;
    }
    sedangKirim = true;
    var kepala = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var nama = document.querySelector('meta[name="_csrf_header"]');
    if (token && nama) {
      kepala[nama.content] = token.content;
    }
    fetch(form.action, {
      method: 'POST', headers: kepala, credentials: 'same-origin',
      body: JSON.stringify({ pasarId: Number(form.dataset.pasar), tanggal: form.dataset.tanggal, entri: entri })
    }).then(function (r) {
      if (r.status >= 400 && r.status < 500) {
        ringkas(form.dataset.ditolak);
        return null;
      }
      if (!r.ok) {
        throw new Error(r.status);
      }
      return r.json();
    }).then(function (hasil) {
      if (!hasil) {
        return;
      }
      hasil.forEach(function (h) {
        var li = baris(h.komoditasId);
        var terkirim = antre[h.komoditasId];
        if (h.status === 'tersimpan') {
          // only what was sent: a price typed meanwhile stays waiting
          var kini = li.querySelector('.catat-nilai').value.trim();
          if (terkirim && String(terkirim.harga) === kini) {
            delete antre[h.komoditasId];
            status(li, 'tersimpan', form.dataset.tersimpan);
          }
        } else if (!li.querySelector('.catat-konfirmasi')) {
          tanyakan(li, h.pesan);
        }
      });
      simpan();
      ringkas(form.dataset.terkirim);
    }).catch(function () {
      ringkas(form.dataset.luring);
    }).then(function () {
      sedangKirim = false;
    });
  }

  Array.prototype.forEach.call(form.querySelectorAll('li[data-komoditas]'), function (li) {
    var tertunda = antre[li.dataset.komoditas];
    if (tertunda) {
      li.querySelector('.catat-nilai').value = tertunda.harga;
      li.querySelector('.catat-asal').value = tertunda.asal || '';
      status(li, 'menunggu', form.dataset.menunggu);
    }
    li.addEventListener('input', function (e) {
      if (e.target.type !== 'checkbox') {
        catat(li);
      }
    });
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    kirim();
  });
  window.addEventListener('online', kirim);
  kirim();
}());
