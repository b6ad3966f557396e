insert into ledger values ('shopper-42@example.com', 100), ('shopper-42@example.com', 25);
