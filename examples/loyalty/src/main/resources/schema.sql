create table ledger (shopper varchar(200) not null, points int not null);
