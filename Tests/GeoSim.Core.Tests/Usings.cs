global using GeoSim.Core.Replication.Cascade;
global using GeoSim.Core.Replication.MultiMaster;
global using GeoSim.Core.Replication.PrimaryReplica;
global using NUnit.Framework;
