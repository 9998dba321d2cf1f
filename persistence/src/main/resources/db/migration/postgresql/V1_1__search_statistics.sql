-- PostgreSQL only. At national scale a common family name holds tens of thousands of search
-- keys; finer statistics let the planner see that key + date of birth is still selective.
ALTER TABLE child_search_key ALTER COLUMN search_key SET STATISTICS 1000;
ALTER TABLE child ALTER COLUMN birth_date SET STATISTICS 1000;
