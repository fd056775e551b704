import type { NamePair, Names } from "../types.ts";

// Contact names. Russian, Arabic and Chinese names carry a Latin transliteration for the e-mail address.

// biome-ignore format: compact name lists
export const PEOPLE: {
  en: Names;
  fr: Names;
  es: Names;
  ru: { male: readonly string[]; female: readonly string[]; last: readonly string[] };
  ar: { male: readonly NamePair[]; female: readonly NamePair[]; last: readonly NamePair[] };
  zh: { first: readonly NamePair[]; last: readonly NamePair[] };
} = {
  en: {
    first: [
      "Amina", "John", "Priya", "Grace", "Fatima", "David", "Samuel", "Aisha", "Rahul", "Maria", "Joseph", "Peter",
      "Esther", "Kwame", "Mei", "Ali", "Sarah", "Daniel", "Ngozi", "Tariq", "Emily", "Ravi", "Joyce", "Michael",
      "Wanjiru", "Arjun", "Linda", "Tendai", "Nadia", "Oluwaseun", "Hannah", "Ibrahim", "Rosa", "Kofi", "Anjali",
      "Thomas", "Zainab", "James", "Chipo", "Farhan",
    ],
    last: [
      "Mwangi", "Okafor", "Sharma", "Nguyen", "Mensah", "Banda", "Otieno", "Smith", "Patel", "Khan", "Hossain",
      "Santos", "Dlamini", "Mutua", "Adeyemi", "Kumar", "Reyes", "Chowdhury", "Owusu", "Phiri", "Kamau", "Garcia",
      "Brown", "Tan", "Wong", "Wilson", "Abubakar", "Nakamura", "Silva", "Moyo", "Achieng", "Rahman", "Fernando",
      "Bello", "Mokoena", "Asante", "Haque", "Perera", "Lee", "Nyambura",
    ],
  },
  fr: {
    first: [
      "Aminata", "Moussa", "Fatou", "Jean", "Marie", "Ibrahima", "Awa", "Pierre", "Sophie", "Mamadou", "Aïcha",
      "Claire", "Ousmane", "Mariam", "Yves", "Nathalie", "Abdoulaye", "Khadija", "Luc", "Adama", "Isabelle",
      "Cheikh", "Salimata", "Hervé", "Rokia", "Thierry", "Céline", "Boubacar", "Élodie", "Karim",
    ],
    last: [
      "Diallo", "Traoré", "Ndiaye", "Koné", "Diop", "Ouédraogo", "Sow", "Camara", "Bamba", "Kaboré", "Martin",
      "Dubois", "Lefèvre", "Mbaye", "Sanogo", "Coulibaly", "Touré", "Fofana", "Kouassi", "Yao", "Rakoto",
      "Hakizimana", "Mukamana", "Benali", "Laurent", "Girard", "Nkurunziza", "Mbarga", "Tchoumi", "Sall",
    ],
  },
  es: {
    first: [
      "María", "José", "Ana", "Luis", "Carmen", "Carlos", "Lucía", "Juan", "Sofía", "Diego", "Valentina", "Miguel",
      "Gabriela", "Andrés", "Daniela", "Javier", "Paula", "Fernando", "Camila", "Ricardo", "Isabel", "Jorge", "Rosa",
      "Pedro", "Elena", "Alejandro", "Ximena", "Mateo", "Florencia", "Raúl",
    ],
    last: [
      "García", "Rodríguez", "Martínez", "López", "González", "Hernández", "Pérez", "Sánchez", "Ramírez", "Torres",
      "Flores", "Gómez", "Díaz", "Vargas", "Castillo", "Jiménez", "Moreno", "Romero", "Herrera", "Medina", "Aguilar",
      "Quispe", "Mamani", "Huamán", "Castro", "Ortiz", "Rojas", "Mendoza", "Guzmán", "Salazar", "Cruz",
    ],
  },
  ru: {
    male: ["Алексей", "Дмитрий", "Нурлан", "Азамат", "Тимур", "Сергей", "Бахтиёр", "Арман", "Олег", "Рустам", "Андрей", "Ильхом"],
    female: ["Айгуль", "Елена", "Мадина", "Ольга", "Гульнара", "Наталья", "Дильноза", "Анна", "Жанна", "Татьяна", "Асель", "Ирина"],
    last: [
      "Иванов", "Петров", "Ахмедов", "Касымов", "Абдуллаев", "Смирнов", "Кузнецов", "Алиев", "Мамедов", "Исмаилов",
      "Жумабаев", "Токтогулов", "Садыков", "Рахимов", "Волков", "Козлов", "Попов", "Гасанов", "Оганесян", "Григорян",
      "Лукашевич", "Ким", "Пак", "Бекмуратов",
    ],
  },
  ar: {
    male: [
      ["محمد", "mohamed"], ["أحمد", "ahmed"], ["علي", "ali"], ["خالد", "khaled"], ["يوسف", "youssef"],
      ["عمر", "omar"], ["حسن", "hassan"], ["سامي", "sami"], ["كريم", "karim"], ["طارق", "tarek"],
    ],
    female: [
      ["فاطمة", "fatima"], ["مريم", "mariam"], ["ليلى", "leila"], ["نور", "nour"], ["سارة", "sara"],
      ["هدى", "houda"], ["أمل", "amal"], ["رانية", "rania"], ["سلمى", "salma"], ["دينا", "dina"],
    ],
    last: [
      ["المنصوري", "almansouri"], ["الحسيني", "alhusseini"], ["بن علي", "benali"], ["العمري", "alomari"],
      ["الزهراني", "alzahrani"], ["الخطيب", "alkhatib"], ["حداد", "haddad"], ["الشريف", "alsharif"],
      ["عبد الله", "abdallah"], ["بوزيد", "bouzid"], ["القاسمي", "alqasimi"], ["العلوي", "alalaoui"],
      ["الفاسي", "elfassi"], ["الراشد", "alrashed"], ["سليمان", "soliman"], ["منصور", "mansour"],
      ["النجار", "alnajjar"], ["يعقوب", "yacoub"], ["الأحمد", "alahmad"], ["التونسي", "ettounsi"],
    ],
  },
  zh: {
    last: [
      ["王", "wang"], ["李", "li"], ["张", "zhang"], ["刘", "liu"], ["陈", "chen"], ["杨", "yang"], ["黄", "huang"],
      ["赵", "zhao"], ["吴", "wu"], ["周", "zhou"], ["徐", "xu"], ["孙", "sun"], ["马", "ma"], ["朱", "zhu"],
      ["胡", "hu"], ["郭", "guo"], ["何", "he"], ["林", "lin"], ["高", "gao"], ["罗", "luo"],
    ],
    first: [
      ["伟", "wei"], ["芳", "fang"], ["娜", "na"], ["敏", "min"], ["静", "jing"], ["丽", "li"], ["强", "qiang"],
      ["磊", "lei"], ["军", "jun"], ["洋", "yang"], ["勇", "yong"], ["艳", "yan"], ["杰", "jie"], ["涛", "tao"],
      ["明", "ming"], ["超", "chao"], ["秀英", "xiuying"], ["建华", "jianhua"], ["晓东", "xiaodong"],
      ["海燕", "haiyan"], ["志强", "zhiqiang"], ["玉兰", "yulan"], ["文博", "wenbo"], ["雨婷", "yuting"],
    ],
  },
};
