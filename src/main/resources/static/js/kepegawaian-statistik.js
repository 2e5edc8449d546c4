// One horizontal bar chart per dimension, sized to its number of categories so it stays readable on a
// 360-px phone; long category names are shortened on the axis and shown whole in the tooltip.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.Chart) { return; }
  document.querySelectorAll('.grafik-pegawai canvas').forEach(function (el) {
    var sel = JSON.parse(el.dataset.sel);
    el.parentNode.style.height = (sel.length * 26 + 40) + 'px';
    function pendek(teks) { return teks.length > 18 ? teks.slice(0, 17) + '…' : teks; }
    new Chart(el, {
      type: 'bar',
      data: {
        labels: sel.map(function (s) { return s.label; }),
        datasets: [{ label: el.dataset.label, backgroundColor: '#1d4f91', data: sel.map(function (s) { return s.jumlah; }) }]
      },
      options: {
        indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false } },
        scales: {
          x: { beginAtZero: true, ticks: { precision: 0 } },
          y: { ticks: { autoSkip: false, callback: function (v) { return pendek(this.getLabelForValue(v)); } } }
        }
      }
    });
  });
});
