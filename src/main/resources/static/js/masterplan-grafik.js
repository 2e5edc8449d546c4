// An indicator's trend: target and actual per roadmap year. Data comes in the canvas's data attributes; the table
// under it says the same for those without the chart (and on paper).
document.addEventListener('DOMContentLoaded', function () {
  var kanvas = document.getElementById('grafik-masterplan');
  if (!kanvas || !window.Chart) { return; }
  new Chart(kanvas, {
    type: 'line',
    data: {
      labels: JSON.parse(kanvas.dataset.label),
      datasets: [
        { label: kanvas.dataset.namaTarget, data: JSON.parse(kanvas.dataset.target), borderColor: '#6b7280', borderDash: [6, 4],
          backgroundColor: 'transparent', spanGaps: true, pointRadius: 2 },
        { label: kanvas.dataset.namaAktual, data: JSON.parse(kanvas.dataset.aktual), borderColor: '#1d4f91', borderWidth: 3,
          backgroundColor: 'transparent', spanGaps: false, pointRadius: 3 }
      ]
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false, interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } } }
  });
});
