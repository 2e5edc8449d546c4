/** The monthly fuel report per vehicle and agency, as a page and as XLSX (the register's XLSX endpoints sit here as well). */
package id.kotacerdas.armada.laporan;
