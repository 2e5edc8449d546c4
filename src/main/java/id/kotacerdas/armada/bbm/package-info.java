/** Fuel: the fuel rule (GerbangBbm, the gate every purchase passes), recording purchases, anomaly flags, and odometer and receipt photos. */
package id.kotacerdas.armada.bbm;
