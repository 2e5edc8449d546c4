/** The vehicle register (KIB-B): who may see and change which vehicle, the register page and form, its XLSX import and export, and the STNK and tax due-date reminders. */
package id.kotacerdas.armada.kendaraan;
