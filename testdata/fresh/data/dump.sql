-- MySQL dump 10.13  Distrib 8.0.36
-- Host: localhost    Database: marketplace

DROP TABLE IF EXISTS `integrations`;
CREATE TABLE `integrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider` varchar(32) NOT NULL,
  `api_key` varchar(128) DEFAULT NULL,
  `api_secret` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

INSERT INTO `integrations` VALUES (1,'pinata','{{+api-key:sq}}','{{+api-secret:sq}}'),(2,'pusher','{{-hex20}}','{{-hex64}}');

DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (`id` int, `email` varchar(255), `password_hash` char(64), `api_token` char(64));
INSERT INTO `users` VALUES (1,'admin@example.com','{{-hex64}}','{{-token64}}');
