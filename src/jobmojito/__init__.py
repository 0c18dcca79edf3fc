# empty until the facade lands
