/** Batches from source systems, stored as received, and each record's outcome. */
package uk.contactpoint.feeds.entity;
