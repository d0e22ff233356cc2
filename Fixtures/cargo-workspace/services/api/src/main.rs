fn main() {
    let price = shop_core::Money { cents: 1250 };
    tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
        println!("{}", price.cents);
    });
}
